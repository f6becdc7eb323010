package org.safepassage.core.registration;

import java.util.List;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;

/**
 * A registration as read under the reading rules (schema 1.1), with the optional fields that broke
 * their rule and were set aside; the registration holds the rest. Vetting names the set-aside
 * fields among its reasons, and a reader reports them (line, id, field, reason).
 */
public record RegistrationReading(Registration registration, List<Violation> setAside) {

    public RegistrationReading {
        setAside = List.copyOf(setAside);
    }

    /** The set-aside fields as reasons: "could not read person.nationalId: …". */
    public List<String> reasons() {
        return setAside.stream().map(v -> "could not read " + v.field() + ": " + v.rule()).toList();
    }
}
