package org.safepassage.vetting.screen;

import java.util.List;

/** A person on a reference list: every name they are known under, and what else identifies them. */
public record ReferenceEntity(String id, List<String> names, List<Integer> birthYears, List<String> nationalities,
                              List<String> positions, String source) {
}
