package org.safepassage.cli.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.vetting.names.Provinces;

/**
 * The intake's form suggests provinces by name (a datalist, in the page's language); vetting must
 * read every one of them as a province, and each as a different one, or a submitter who picks a
 * suggestion would be compared worse than one who typed.
 */
class SuggestedProvincesTest {

    @ParameterizedTest
    @ValueSource(strings = {"intake/messages_fa.properties", "intake/messages_en.properties", "intake/messages.properties"})
    void everyProvinceTheFormSuggestsIsReadAsADifferentProvince(String messages) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(messages)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> suggested = List.of(properties.getProperty("provinces.list").split("\\|"));
        Set<String> read = new HashSet<>();
        for (String name : suggested) {
            String province = Provinces.find(name);
            assertThat(province).as(name).isNotNull();
            read.add(province);
        }
        assertThat(suggested).hasSize(31);
        assertThat(read).hasSize(31);
    }
}
