package org.safepassage.desk.system;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Urgency;
import org.springframework.stereotype.Component;

/**
 * Words for the codes of the record format (organisations, urgencies, the statuses a submitter
 * sees, relations, channels), in English and in Persian, so that no page shows {@code under_review}
 * or {@code CLERGY}. Pages reach it as {@code @words}; the texts are in {@code desk/words/}.
 */
@Component("words")
public class Words {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("desk/words/words", Locale.ROOT);
    private static final ResourceBundle PERSIAN = ResourceBundle.getBundle("desk/words/words", Locale.forLanguageTag("fa"));

    /** A code's words in both languages. */
    public record Word(String english, String persian) {

        @Override
        public String toString() {
            return english;
        }

        /** Both, for a place with room: "Under review · در حال بررسی". */
        public String both() {
            return persian.equals(english) ? english : english + " · " + persian;
        }
    }

    public Word organisation(Organization organisation) {
        return organisation == null ? none() : word("organisation", organisation.wireName());
    }

    /** An organisation's short English name, for a one-line row. */
    public String organisationShort(Organization organisation) {
        return organisation == null ? "—" : text(ENGLISH, "organisation.short." + organisation.wireName(), organisation.wireName());
    }

    /** For a wire name as stored in a column (unknown names are shown as they are). */
    public Word organisation(String wireName) {
        return wireName == null ? none() : word("organisation", wireName);
    }

    public Word urgency(Urgency urgency) {
        return urgency == null ? none() : word("urgency", urgency.wireName());
    }

    public Word urgency(String wireName) {
        return wireName == null ? none() : word("urgency", wireName);
    }

    public Word status(SubmitterStatus status) {
        return status == null ? none() : word("status", status.wireName());
    }

    /** A status by its wire name, as the message table keeps it. */
    public Word statusCode(String wireName) {
        return wireName == null ? none() : word("status", wireName);
    }

    public Word relation(Relation relation) {
        return relation == null ? none() : word("relation", relation.wireName());
    }

    public Word channel(Channel channel) {
        return channel == null ? none() : word("channel", channel.wireName());
    }

    /** A badge level (low, medium, high) of planted risk or of credibility. */
    public Word badge(String kind, String level) {
        return level == null ? none() : word(kind, level);
    }

    /** The English words of a status, for audit details and messages written in Java. */
    public static String english(SubmitterStatus status) {
        return status == null ? "—" : text(ENGLISH, "status." + status.wireName(), status.wireName());
    }

    private static Word word(String kind, String code) {
        String key = kind + "." + code;
        return new Word(text(ENGLISH, key, code), text(PERSIAN, key, code));
    }

    private static Word none() {
        return new Word("—", "—");
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
