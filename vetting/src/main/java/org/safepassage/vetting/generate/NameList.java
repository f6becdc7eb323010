package org.safepassage.vetting.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A name in Persian script with the Latin spellings it is found under. */
record NameList(List<Entry> entries) {

    record Entry(String gender, String persian, List<String> latin) {
    }

    static NameList load(String resource, boolean withGender) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = NameList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                int first = withGender ? 1 : 0;
                entries.add(new Entry(withGender ? columns[0] : "", columns[first], List.of(columns[first + 1].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameList(List.copyOf(entries));
    }

    List<Entry> ofGender(String gender) {
        return entries.stream().filter(entry -> entry.gender().equals(gender)).toList();
    }
}
