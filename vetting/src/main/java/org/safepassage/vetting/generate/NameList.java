package org.safepassage.vetting.generate;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.vetting.tables.TabSeparated;

/** A name in Persian script with the Latin spellings it is found under. */
record NameList(List<Entry> entries) {

    record Entry(String gender, String persian, List<String> latin) {
    }

    static NameList load(String resource, boolean withGender) {
        List<Entry> entries = new ArrayList<>();
        for (String[] columns : TabSeparated.rows(NameList.class, resource)) {
            int first = withGender ? 1 : 0;
            entries.add(new Entry(withGender ? columns[0] : "", columns[first], List.of(columns[first + 1].split("\\|"))));
        }
        return new NameList(List.copyOf(entries));
    }

    List<Entry> ofGender(String gender) {
        return entries.stream().filter(entry -> entry.gender().equals(gender)).toList();
    }
}
