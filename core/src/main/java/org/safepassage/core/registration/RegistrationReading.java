package org.safepassage.core.registration;

import java.util.List;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;

/**
 * A registration as read under the reading rules (schema 1.1), with the optional fields that broke
 * their rule and were set aside; the registration holds the rest. Vetting names the set-aside
 * fields among its reasons, and a reader reports them (line, id, field, reason). The unknown
 * fields reading left out are named too ({@code ignoredFields}, by path: {@code person.nickname}),
 * so that a reader can say when a file's columns were not the schema's.
 */
public record RegistrationReading(Registration registration, List<Violation> setAside, List<String> ignoredFields) {

    public RegistrationReading {
        setAside = List.copyOf(setAside);
        ignoredFields = List.copyOf(ignoredFields);
    }

    /** The set-aside fields as reasons: "could not read person.nationalId: …". */
    public List<String> reasons() {
        return setAside.stream().map(v -> "could not read " + v.field() + ": " + v.rule()).toList();
    }
}
