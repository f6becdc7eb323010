package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateLinksTest {

    @Test
    void aPairFoundInSeveralBlocksAndOnSeveralCoresIsOneLink() {
        CandidateLinks.Buffer oneCore = new CandidateLinks.Buffer();
        oneCore.add(Linker.pair(7, 3), 21.5);
        oneCore.add(Linker.pair(1, 2), 30.0);
        oneCore.add(Linker.pair(3, 7), 21.5); // the same pair from another block
        CandidateLinks.Buffer otherCore = new CandidateLinks.Buffer();
        for (int i = 100; i < 200; i++) { // past the buffer's first capacity
            otherCore.add(Linker.pair(i, i + 1), 20 + i / 100.0);
        }
        otherCore.add(Linker.pair(2, 1), 30.0);
        oneCore.addAll(otherCore);

        CandidateLinks links = CandidateLinks.of(oneCore);

        assertThat(links.size()).isEqualTo(102);
        assertThat(links.weight(3, 7)).isEqualTo(21.5);
        assertThat(links.weight(7, 3)).isEqualTo(21.5);
        assertThat(links.weight(150, 151)).isEqualTo(21.5);
        assertThat(links.weight(1, 2)).isEqualTo(30.0);
        assertThat(links.weight(1, 3)).isNaN();
        assertThat(links.weight(199, 200)).isEqualTo(21.99);
    }

    @Test
    void linksAreTriedHeaviestFirstAndLinksOfEqualWeightByPair() {
        CandidateLinks.Buffer found = new CandidateLinks.Buffer();
        found.add(Linker.pair(5, 9), 18.25);
        found.add(Linker.pair(4, 6), 31.0);
        found.add(Linker.pair(2, 8), 18.25);
        found.add(Linker.pair(0, 1), 12.0);
        found.add(Linker.pair(2, 3), 18.25);
        found.add(Linker.pair(1, 9), 31.0);

        CandidateLinks links = CandidateLinks.of(found);

        StringBuilder order = new StringBuilder();
        for (int k : links.heaviestFirst()) {
            long pair = links.pair(k);
            order.append(pair >>> 32).append('-').append(pair & 0xffffffffL).append('=').append(links.weight(k)).append(' ');
        }
        assertThat(order.toString().strip()).isEqualTo("1-9=31.0 4-6=31.0 2-3=18.25 2-8=18.25 5-9=18.25 0-1=12.0");
    }

    @Test
    void noLinksFoundIsAnEmptySetOfLinks() {
        CandidateLinks links = CandidateLinks.of(new CandidateLinks.Buffer());

        assertThat(links.size()).isZero();
        assertThat(links.heaviestFirst()).isEmpty();
        assertThat(links.weight(0, 1)).isNaN();
    }
}
