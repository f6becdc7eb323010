package org.safepassage.core.registration;

/** The Iranian national ID (code-e melli): ten digits, the last a mod-11 check digit over the first nine. */
public final class NationalId {

    private NationalId() {
    }

    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static boolean hasValidCheckDigit(String id) {
        if (!isWellFormed(id) || isOneDigitRepeated(id)) {
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

    /** 0000000000, 1111111111 …: their check digits come out right, and no one is given one. */
    public static boolean isOneDigitRepeated(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (id.charAt(i) != id.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
