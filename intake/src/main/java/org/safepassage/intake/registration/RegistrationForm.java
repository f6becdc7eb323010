package org.safepassage.intake.registration;

import java.util.ArrayList;
import java.util.List;

/**
 * What the registration page posts, as typed: every field a string so that nothing a person
 * entered is lost when the page comes back with an error.
 */
public class RegistrationForm {

    public static final int FAMILY_ROWS = 6;

    private String organization = "";
    private String branch = "";
    private String unit = "";
    private String rank = "";
    private String position = "";
    private String yearsOfService = "";
    private String province = "";
    private String givenName = "";
    private String familyName = "";
    private String fatherName = "";
    private String birthYear = "";
    private String calendar = "";
    private String birthPlace = "";
    private String nationalId = "";
    private List<FamilyRow> family = new ArrayList<>();
    private String access = "";
    private String narrative = "";
    private String urgency = "";
    private boolean duressReceipt;
    /** The form's one-time token: a second send of this form is the same registration (see FormTokens). */
    private String submission = "";

    public RegistrationForm() {
        padFamily();
    }

    /** Always offers {@value #FAMILY_ROWS} rows, so the page works without JavaScript to add more. */
    public final void padFamily() {
        while (family.size() < FAMILY_ROWS) {
            family.add(new FamilyRow());
        }
        if (family.size() > FAMILY_ROWS) {
            family = new ArrayList<>(family.subList(0, FAMILY_ROWS));
        }
    }

    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getBranch() { return branch; }
    public void setBranch(String branch) { this.branch = branch; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getYearsOfService() { return yearsOfService; }
    public void setYearsOfService(String yearsOfService) { this.yearsOfService = yearsOfService; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getFatherName() { return fatherName; }
    public void setFatherName(String fatherName) { this.fatherName = fatherName; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getCalendar() { return calendar; }
    public void setCalendar(String calendar) { this.calendar = calendar; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public List<FamilyRow> getFamily() { return family; }
    public void setFamily(List<FamilyRow> family) { this.family = family == null ? new ArrayList<>() : new ArrayList<>(family); }
    public String getAccess() { return access; }
    public void setAccess(String access) { this.access = access; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }

    /** Whether to give a second receipt too, one to hand over under pressure. */
    public boolean isDuressReceipt() { return duressReceipt; }
    public void setDuressReceipt(boolean duressReceipt) { this.duressReceipt = duressReceipt; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission == null ? "" : submission; }

    /** One family member who would need relocation too; a row left blank is ignored. */
    public static class FamilyRow {
        private String relation = "";
        private String birthYear = "";

        public String getRelation() { return relation; }
        public void setRelation(String relation) { this.relation = relation; }
        public String getBirthYear() { return birthYear; }
        public void setBirthYear(String birthYear) { this.birthYear = birthYear; }

        boolean isBlank() {
            return (relation == null || relation.isBlank()) && (birthYear == null || birthYear.isBlank());
        }
    }
}
