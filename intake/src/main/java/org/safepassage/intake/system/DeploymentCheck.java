package org.safepassage.intake.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.safepassage.intake.IntakeSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, checks that this node holds the deployment's pepper and intake signing key, as the
 * database remembers them from the first node: a node started with an empty data folder makes its
 * own, and would then issue receipts the other nodes call unknown and sign batches with a key the
 * desk does not hold. Such a node is refused with what to do; the first node records the values.
 */
@Component
public class DeploymentCheck {

    public DeploymentCheck(IntakeKeys keys, JdbcClient jdbc, IntakeSettings settings) {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("pepper", keys.pepper().checkValue());
        own.put("intake-signing-key", keys.signingKey().verifyingKey().fingerprint());
        for (Map.Entry<String, String> value : own.entrySet()) {
            String deployment = recorded(jdbc, value.getKey()).orElseGet(() -> record(jdbc, value.getKey(), value.getValue()));
            if (!deployment.equals(value.getValue())) {
                String file = value.getKey().equals("pepper") ? IntakeKeys.PEPPER_FILE
                        : IntakeKeys.SIGNING_KEY_FILE + " and " + IntakeKeys.SIGNING_PUBLIC_FILE;
                throw new IllegalStateException("This node's " + file + " in " + settings.dataDir() + " is not the one the "
                        + "other nodes of this deployment use (their database says so). Copy " + file + " from a running "
                        + "node's data folder into " + settings.dataDir() + " and start again.");
            }
        }
    }

    private static Optional<String> recorded(JdbcClient jdbc, String name) {
        return jdbc.sql("select check_value from deployment where item = ?").param(name).query(String.class).optional();
    }

    /** Records this node's value; when another node recorded one at the same moment, that one counts. */
    private static String record(JdbcClient jdbc, String name, String value) {
        try {
            jdbc.sql("insert into deployment (item, check_value) values (?, ?)").params(name, value).update();
            return value;
        } catch (DuplicateKeyException e) {
            return recorded(jdbc, name).orElseThrow();
        }
    }
}
