package org.safepassage.core.registration;

import java.util.List;

/** A registration document broke schema rules; each violation names the field and the rule. */
public class InvalidRegistrationException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidRegistrationException(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(Violation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: {@code field} is a JSON path such as {@code person.birthYear}. */
    public record Violation(String field, String rule) {
        @Override
        public String toString() {
            return field + ": " + rule;
        }
    }
}
