package org.safepassage.core.packet;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with a packet or a part, as a kind and its arguments: the intake shows it in the
 * submitter's language (message key {@code packet.problem.<kind>}), tools in English.
 */
public record PacketProblem(Kind kind, List<Object> args) {

    public PacketProblem {
        args = List.copyOf(args);
    }

    public static PacketProblem of(Kind kind, Object... args) {
        return new PacketProblem(kind, List.of(args));
    }

    public String message() {
        return new MessageFormat(kind.english, Locale.ROOT).format(args.toArray());
    }

    /** The key under which the intake's pages hold this problem in Persian and English. */
    public String messageKey() {
        return "packet.problem." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    @Override
    public String toString() {
        return message();
    }

    public enum Kind {
        NOTHING_GIVEN("nothing was given: paste the parts of a packet, each starting with #SP1"),
        TOO_LONG("the text is {0,number,#} characters; at most {1,number,#} are taken at once (a packet is far smaller): nothing was stored"),
        NO_PART("no packet part was found: each part starts with #SP1"),
        DAMAGED_HEADER("part number {0,number,#} (counted from the top) has a damaged first line: copy it again from #SP1 to its end"),
        WRONG_NUMBERING("part {1,number,#}/{2,number,#} of packet {0} is numbered wrongly"),
        DAMAGED_PART("part {1,number,#}/{2,number,#} of packet {0} is damaged (its check does not match): copy it again"),
        DISAGREEING_TOTAL("part {1,number,#}/{2,number,#} of packet {0} disagrees with the other parts on how many there are"),
        CONFLICTING_PART("part {1,number,#}/{2,number,#} of packet {0} was given twice with different text: copy it again"),
        TOO_LARGE("packet {0} is larger than {1,number,#} bytes, more than a packet can be: nothing was stored"),
        PARTS_MISMATCH("the parts of packet {0} do not make that packet (a part of another packet, or a damaged copy): copy them again"),
        NOT_A_PACKET("packet {0} is not a SafePassage packet of version 1, or it was cut short: nothing was stored"),
        FOREIGN("packet {0} was sealed for another key (fingerprint {1}, not {2}): it is not for this organisation, or the sealer"
                + " that made it is a fake. Nothing was stored"),
        UNOPENABLE("packet {0} does not open with this desk''s key: {1}"),
        BAD_CONTENTS("packet {0} opened but holds no valid registration: {1}");

        private final String english;

        Kind(String english) {
            this.english = english;
        }
    }
}
