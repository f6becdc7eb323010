package org.safepassage.desk.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN("login"),
    LOGIN_FAILED("login.failed"),
    ACCOUNT_LOCKED("account.locked"),
    LOGOUT("logout"),
    STAFF_CREATED("staff.created"),
    TEAM_CREATED("team.created"),
    IMPORT("batch.import"),
    IMPORT_REFUSED("batch.refused"),
    EXPORT("batch.export"),
    REGISTRATION_VIEW("registration.view"),
    CASE_CREATED("case.created"),
    CASE_VIEW("case.view"),
    CASE_ASSIGNED("case.assigned"),
    CASE_STATE("case.state"),
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
