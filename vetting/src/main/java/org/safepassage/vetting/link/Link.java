package org.safepassage.vetting.link;

import java.util.List;

/** Two registrations taken for one person, the weight of the evidence, and its reasons. */
public record Link(String a, String b, double weight, List<String> reasons) {
}
