package org.safepassage.core.registration;

/** The Iranian national ID (code-e melli): ten digits, the last a mod-11 check digit over the first nine. */
public final class NationalId {

    private NationalId() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && id.length() == 10 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static boolean hasValidCheckDigit(String id) {
        if (!isWellFormed(id) || id.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (id.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        int check = id.charAt(9) - '0';
        return remainder < 2 ? check == remainder : check == 11 - remainder;
    }
}
