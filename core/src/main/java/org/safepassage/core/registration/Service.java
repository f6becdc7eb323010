package org.safepassage.core.registration;

/** Where the registrant serves; only the organisation is required. */
public record Service(Organization organization, String branch, String unit, String rank, String position,
                      Integer yearsOfService, String province) {
}
