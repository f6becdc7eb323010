package org.safepassage.intake.session;

import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where submitters' sessions live ({@code --sessions}): {@code memory} (one node; nothing about a
 * session ever reaches the disk), {@code shared} (sealed in the database, for several nodes behind
 * one onion address) or {@code auto}, the default: shared on PostgreSQL, in memory on the embedded
 * database (which one node alone can open).
 */
public final class SessionMode implements Condition {

    public static final String PROPERTY = "safepassage.intake.sessions";

    /** Whether sessions are shared through the database under these settings; a bad value is refused by name. */
    public static boolean shared(Environment environment) {
        String mode = environment.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "shared" -> true;
            case "memory" -> false;
            case "auto" -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
            default -> throw new IllegalArgumentException("sessions must be auto, memory or shared, not " + mode);
        };
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return shared(context.getEnvironment());
    }
}
