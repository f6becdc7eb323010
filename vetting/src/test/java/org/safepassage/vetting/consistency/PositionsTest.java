package org.safepassage.vetting.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A post written in Persian, in Latin letters or in English is one post; a longer post is not read as a shorter one. */
class PositionsTest {

    private static String post(String written) {
        return Positions.get().find(written);
    }

    @Test
    void onePostInThreeWritingsIsOnePost() {
        assertThat(post("دادیار")).isEqualTo("assistant prosecutor");
        assertThat(post("Assistant Prosecutor")).isEqualTo("assistant prosecutor");
        assertThat(post("dadyar")).isEqualTo("assistant prosecutor");
        assertThat(post("امام جماعت")).isEqualTo("prayer leader");
        assertThat(post("Pish-namaz")).isEqualTo("prayer leader");
        assertThat(post("دبیر دوم سفارت")).isEqualTo("second secretary");
        assertThat(post("Second Secretary, embassy in Ankara")).isEqualTo("second secretary");
    }

    @Test
    void theLongestPostATextHoldsWins() {
        assertThat(post("کارشناس ارشد")).isEqualTo("senior expert");
        assertThat(post("کارشناس")).isEqualTo("expert");
        assertThat(post("Deputy Director General")).isEqualTo("deputy director general");
        assertThat(post("director general")).isEqualTo("director general");
        assertThat(post("امام جمعه")).isEqualTo("friday prayer leader");
        assertThat(post("second secretary")).isNotEqualTo(post("first secretary"));
    }

    @Test
    void aTextNamingNoPostIsNone() {
        assertThat(post("worked there for years")).isNull();
        assertThat(post("")).isNull();
        assertThat(post(null)).isNull();
    }
}
