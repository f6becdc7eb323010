package org.safepassage.vetting.assess;

/**
 * One signal seen on one registration.
 *
 * @param signal   which signal
 * @param strength how strongly, in (0, 1]
 * @param reason   what was seen, in words an analyst can check
 */
public record Finding(Signal signal, double strength, String reason) {

    public Finding {
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in (0, 1]: " + strength);
        }
    }
}
