package org.safepassage.vetting.assess;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * How much each signal moves the planted risk, and the thresholds the signals use. A finding of
 * strength s raises the risk as an independent piece of evidence: risk = 1 − Π (1 − weight × s).
 * Defaults are justified, with the measured effect of each, in docs/vetting.md; a properties file
 * ({@code template=0.9}, {@code suspectRisk=0.7}, …) overrides any of them.
 */
public final class SignalWeights {

    private final Map<Signal, Double> weights = new EnumMap<>(Signal.class);
    private double suspectRisk = 0.7;

    private SignalWeights() {
        for (Signal signal : Signal.values()) {
            weights.put(signal, signal.defaultWeight());
        }
    }

    public static SignalWeights defaults() {
        return new SignalWeights();
    }

    /**
     * The defaults with what the properties set (a weights file's keys without a dot, {@code
     * WeightsFile}); an unknown key or a weight outside [0, 1] is an error naming it and {@code source}.
     */
    public static SignalWeights of(Properties properties, String source) {
        SignalWeights loaded = defaults();
        for (String key : properties.stringPropertyNames()) {
            double value;
            try {
                value = Double.parseDouble(properties.getProperty(key).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": " + key + " is not a number: " + properties.getProperty(key));
            }
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(source + ": " + key + " must be between 0 and 1, not " + value);
            }
            if (key.equals("suspectRisk")) {
                loaded.suspectRisk = value;
                continue;
            }
            Signal signal = null;
            for (Signal candidate : Signal.values()) {
                if (candidate.key().equals(key)) {
                    signal = candidate;
                }
            }
            if (signal == null) {
                throw new IllegalArgumentException(source + ": unknown weight " + key);
            }
            loaded.weights.put(signal, value);
        }
        return loaded;
    }

    public double weight(Signal signal) {
        return weights.get(signal);
    }

    /**
     * The risk from which a registration is a suspect: it is kept out of any person's file that
     * holds registrations below it, so that a planted registration is never merged into a genuine
     * person's cluster.
     */
    public double suspectRisk() {
        return suspectRisk;
    }
}
