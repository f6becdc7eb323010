package org.safepassage.desk.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a thread's messages in the order the conversation had. A reply carries the moment the desk
 * wrote it; a follow-up only the hour the intake stamped (it keeps no finer time), so ordering by
 * time alone put an answer sent at 21:50 (stamped 21:00) above the 21:45 question it answers. A
 * follow-up now says which replies its writer had seen: it goes after the last of them, and never
 * before the hour it was sent in. A follow-up that does not say (sent before the intake did) goes at
 * the latest moment it can have been sent: the end of its hour, or its arrival at the desk if earlier.
 */
public final class Conversation {

    private static final Duration HOUR = Duration.ofHours(1);

    private Conversation() {
    }

    public static List<ThreadMessage> inOrder(List<ThreadMessage> messages) {
        Map<String, Instant> replyWritten = new HashMap<>();
        messages.stream().filter(m -> !m.incoming()).forEach(m -> replyWritten.put(m.id(), m.writtenAt()));
        List<Placed> placed = new ArrayList<>(messages.size());
        for (ThreadMessage message : messages) {
            placed.add(new Placed(message, placeOf(message, replyWritten)));
        }
        placed.sort(Comparator.comparing(Placed::at).thenComparing(p -> p.message().incoming())
                .thenComparing(p -> p.message().arrivedAt() == null ? Instant.MIN : p.message().arrivedAt())
                .thenComparing(p -> p.message().id()));
        return placed.stream().map(Placed::message).toList();
    }

    private static Instant placeOf(ThreadMessage message, Map<String, Instant> replyWritten) {
        if (!message.incoming()) {
            return message.writtenAt();
        }
        Instant hour = message.writtenAt();
        if (!message.seenKnown()) {
            Instant endOfHour = hour.plus(HOUR).minusMillis(1);
            return message.arrivedAt() != null && message.arrivedAt().isBefore(endOfHour) ? message.arrivedAt() : endOfHour;
        }
        Instant seen = message.afterReply() == null ? null : replyWritten.get(message.afterReply());
        // at the seen reply's own moment: at one moment the comparator puts a reply before a follow-up
        return seen != null && seen.isAfter(hour) ? seen : hour;
    }

    private record Placed(ThreadMessage message, Instant at) {
    }
}
