package org.safepassage.vetting.run;

import java.util.List;

/**
 * Names for the invented people a test adds to a generated corpus: a full name of its own for
 * each, drawn from names no generator of ours writes.
 */
final class InventedNames {

    private static final List<String> GIVEN = List.of("Arash", "Behnam", "Dariush", "Ehsan", "Farzin", "Golnar", "Hamid",
            "Kaveh", "Ladan", "Mehran", "Nima", "Parisa", "Ramin", "Shirin", "Vahid");
    private static final List<String> FAMILY = List.of("Abbasian", "Bahrami", "Dehghanpour", "Fathollahi", "Ghaffarzadeh",
            "Hosseinkhani", "Jahanbakhsh", "Kouhestani", "Mirzakhani", "Nouriani", "Rostamzadeh", "Shahrokhi", "Zandieh");

    private InventedNames() {
    }

    /** The given name of the {@code n}-th invented person. */
    static String given(int n) {
        return GIVEN.get(n % GIVEN.size());
    }

    /** The family name of the {@code n}-th invented person: with {@link #given}, a full name no other n has. */
    static String family(int n) {
        int round = n / (GIVEN.size() * FAMILY.size());
        return FAMILY.get(n / GIVEN.size() % FAMILY.size()) + "i".repeat(round);
    }
}
