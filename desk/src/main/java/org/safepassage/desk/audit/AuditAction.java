package org.safepassage.desk.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN("login"),
    LOGIN_FAILED("login.failed"),
    ACCOUNT_LOCKED("account.locked"),
    LOGOUT("logout"),
    STAFF_CREATED("staff.created"),
    STAFF_UNLOCKED("staff.unlocked"),
    STAFF_PASSWORD_RESET("staff.password.reset"),
    STAFF_PASSWORD_CHANGED("staff.password.changed"),
    STAFF_TOTP_RESET("staff.totp.reset"),
    STAFF_DISABLED("staff.disabled"),
    STAFF_ENABLED("staff.enabled"),
    STAFF_ROLE_CHANGED("staff.role.changed"),
    STAFF_TEAM_CHANGED("staff.team.changed"),
    STAFF_ADMIN_REQUESTED("staff.admin.requested"),
    STAFF_ADMIN_WITHDRAWN("staff.admin.withdrawn"),
    TEAM_CREATED("team.created"),
    IMPORT("batch.import"),
    IMPORT_REFUSED("batch.refused"),
    EXPORT("batch.export"),
    REGISTRATION_VIEW("registration.view"),
    CASE_CREATED("case.created"),
    CASE_VIEW("case.view"),
    CASE_ASSIGNED("case.assigned"),
    CASE_STATE("case.state"),
    CASE_REGISTRATIONS_ADDED("case.registrations.added"),
    CASE_MERGED("case.merged"),
    CASES_EXPORTED("cases.exported"),
    MASKED_SEARCH("search.masked"),
    REVEAL("identity.reveal"),
    NOTE("case.note"),
    REPLY("reply.queued"),
    ATTACHMENT_OPENED("attachment.opened"),
    OFFER_PROPOSED("offer.proposed"),
    OFFER_APPROVED("offer.approved"),
    OFFER_REJECTED("offer.rejected"),
    REFERENCE_UPLOADED("reference.uploaded"),
    CAMPAIGN_MARKED("campaign.marked"),
    CAMPAIGN_UNMARKED("campaign.unmarked"),
    IDENTITY_ROTATED("identity.rotated"),
    BACKUP("backup.written"),
    DURESS_RAISED("duress.raised"),
    DURESS_DECIDED("duress.decided");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
