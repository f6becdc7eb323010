package org.safepassage.core.registration;

/** A family member who would need relocation too. */
public record FamilyMember(Relation relation, Integer birthYear) {
}
