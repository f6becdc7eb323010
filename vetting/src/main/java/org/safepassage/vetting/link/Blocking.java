package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.vetting.names.LatinSpelling;
import org.safepassage.vetting.names.NameKey;

/**
 * The blocking keys of a record: records are compared only when they share a key. Several keys,
 * each leaving out a different field, so that one noisy field (a misspelt family name, a year
 * off by one, names swapped) does not lose a pair.
 */
public final class Blocking {

    /** Blocks larger than this are names too common to compare all pairs of; other keys still meet. */
    public static final int MAX_BLOCK = 400;
    /**
     * The keys for a slip in a long name (one name and the other's beginning or end) are a fallback,
     * and so is a family name within one service and birth years (what catches a misspelt or missing
     * given name): smaller blocks. A family name that common in one service, among a million
     * records, is met again by the keys with the given or the father's name.
     */
    public static final int MAX_SLIP_BLOCK = 100;
    /**
     * The keys of a name with a letter left out are a fallback too, and the most numerous: blocks of
     * them larger than this (a common given name with a common family name's neighbours, among a
     * million records) hold many records that met on both names already and are not compared.
     */
    public static final int MAX_NEAR_BLOCK = 50;

    /**
     * The kind of the keys of one name whole and the other with one letter left out (or whole,
     * when short enough that a name one letter longer has such keys). Which name is whole is not
     * in the key, so that names written the other way round with a slip meet too.
     */
    private static final char NEAR_NAMES = 'd';
    /**
     * The longest name that gets keys with each letter left out. A longer name keeps its first or
     * its last three letters through one slip, and the one-name-whole keys ('s', 'e') catch that.
     */
    private static final int LONGEST_LEFT_OUT = 5;

    /**
     * The kind of the key of a narrative: the same words sent again meet whatever the names (a
     * family name alone, or a given name alone, beside the whole name); a text many wrote is left
     * to the other keys by the near-names cap.
     */
    private static final char SAME_WORDS = 'w';

    /** The most records a block of this key is compared within. */
    public static int maxBlock(String key) {
        char kind = key.charAt(0);
        if (kind == NEAR_NAMES || kind == SAME_WORDS) {
            return MAX_NEAR_BLOCK;
        }
        return kind == 's' || kind == 'e' || kind == 'f' ? MAX_SLIP_BLOCK : MAX_BLOCK;
    }

    /**
     * Whether a block of this key that grows past its limit is split by the organisation each
     * member serves in. Among a million registrations a name like Zahra Ahmadi or Ali Hosseini is
     * given by more than can be compared pair by pair, and a registration that gives little more
     * than the name and its service has no other key to meet the person's others by. Not the keys
     * with a letter left out: they are the most numerous, and a slip in a name that common is left
     * to the keys of its beginning or end.
     */
    public static boolean splitByOrganization(String key) {
        return key.charAt(0) != NEAR_NAMES;
    }

    /**
     * Whether a block of this key is compared only between records whose names differ: those
     * with the same given and family name have met in the block of both names already.
     */
    public static boolean onlyForDifferentNames(String key) {
        return key.charAt(0) == NEAR_NAMES;
    }

    private Blocking() {
    }

    /** Both names in full, in either order. */
    private static String namePairKey(NameKey given, NameKey family) {
        return pairKey(blockingForm(given.skeleton()), blockingForm(family.skeleton()));
    }

    /** Two names in blocking form, order-free, so that swapped given and family names meet. */
    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? "p" + a + "|" + b : "p" + b + "|" + a;
    }

    public static List<String> keys(PersonRecord r) {
        List<String> keys = new ArrayList<>(8);
        if (r.nationalId() != null && r.nationalId().length() == 10) {
            keys.add("n" + r.nationalId());
        }
        String given = blockingForm(r.given().skeleton());
        String family = blockingForm(r.family().skeleton());
        String father = blockingForm(r.father().skeleton());
        if (!given.isEmpty() && !family.isEmpty()) {
            keys.add(pairKey(given, family));
            // and in the other reading of either name (Meitham for میثم, Fateme Zahra for فاطمه زهرا)
            String givenOther = blockingForm(r.given().alternativeSkeleton());
            String familyOther = blockingForm(r.family().alternativeSkeleton());
            if (!givenOther.isEmpty()) {
                keys.add(pairKey(givenOther, family));
            }
            if (!familyOther.isEmpty()) {
                keys.add(pairKey(given, familyOther));
            }
            // one name whole and the other's beginning or end: a slip in a long name leaves one of
            // the two alone, with no birth year or father needed (either name may be the whole one,
            // as the two may be written the other way round)
            for (String[] whole : new String[][] {{given, family}, {family, given}}) {
                if (whole[1].length() >= 5) {
                    keys.add("s" + whole[0] + "|" + whole[1].substring(0, 3));
                    keys.add("e" + whole[0] + "|" + whole[1].substring(whole[1].length() - 3));
                }
            }
        }
        // one name whole, the other with each letter left out in turn: two names one slip apart (a
        // letter mistyped or two swapped: اتصاری / انصاری, آرذی / آذری, امحد / احمد; a letter added
        // or dropped: رستمی / رسمی, یوسفی / یپسفی) share one of them, however short the registrations
        // and whichever field each name is in
        addLeftOutKeys(keys, given, family);
        addLeftOutKeys(keys, family, given);
        if (r.hasOneFieldReading()) {
            // a whole name typed into one field meets the registrations that give it in two
            String read = namePairKey(r.oneFieldGiven(), r.oneFieldFamily());
            keys.add(read);
            // and read family name first: the same key for a name of two words, another for a compound given name
            if (r.hasFamilyFirstReading() && !read.equals(namePairKey(r.familyFirstGiven(), r.familyFirstFamily()))) {
                keys.add(namePairKey(r.familyFirstGiven(), r.familyFirstFamily()));
            }
        }
        // Given names are few and common: keys that leave the family name out keep its first letter,
        // which survives most slips and both scripts, so that their blocks stay small.
        String familyInitial = family.isEmpty() ? "" : family.substring(0, 1);
        String givenInitial = given.isEmpty() ? "" : given.substring(0, 1);
        String initials = givenInitial.compareTo(familyInitial) <= 0 ? givenInitial + familyInitial : familyInitial + givenInitial;
        String organization = r.organization() == null ? "" : r.organization();
        if (r.birthYear() != null) {
            int bucket = r.birthYear() / 2;
            int shifted = (r.birthYear() + 1) / 2;
            for (int b : bucket == shifted ? new int[] {bucket} : new int[] {bucket, shifted}) {
                if (!family.isEmpty()) {
                    keys.add("f" + family + "|" + organization + "|" + b);
                }
                if (!given.isEmpty()) {
                    keys.add("g" + given + "|" + familyInitial + "|" + organization + "|" + b);
                }
                // neither name in full, only their first letters in either order: for a slip in
                // both names, or a slip in names written the other way round
                if (!father.isEmpty()) {
                    keys.add("y" + father + "|" + initials + "|" + b);
                }
            }
        }
        if (!family.isEmpty() && r.unitKey() != null) {
            // the family name within one unit: few share it, and a registration that gives no more
            // than its family name and its unit still meets the person's others
            keys.add("u" + family + "|" + r.unitKey());
        }
        if (!r.words().isEmpty()) {
            keys.add(SAME_WORDS + Long.toHexString(r.words().text()));
        }
        if (!father.isEmpty()) {
            if (!given.isEmpty()) {
                keys.add("G" + given + "|" + father + "|" + familyInitial);
            }
            if (!family.isEmpty()) {
                keys.add("F" + family + "|" + father);
            }
        }
        return keys;
    }

    private static void addLeftOutKeys(List<String> keys, String whole, String name) {
        if (whole.isEmpty() || name.length() < 2 || name.length() > LONGEST_LEFT_OUT) {
            return;
        }
        String prefix = NEAR_NAMES + whole + "|";
        if (name.length() < LONGEST_LEFT_OUT) {
            keys.add(prefix + name); // meets a name one letter longer with that letter left out
        }
        for (int i = 0; name.length() >= 3 && i < name.length(); i++) {
            if (i == 0 || name.charAt(i) != name.charAt(i - 1)) { // a doubled letter left out gives one key
                keys.add(prefix + name.substring(0, i) + name.substring(i + 1));
            }
        }
    }

    /**
     * A skeleton as blocks read it: letters that romanisations of one Persian letter swap made one
     * (g for ق and غ, as in Gasemi; h for خ, as in Hosravi), so that such spellings share a block
     * and the comparison decides.
     */
    static String blockingForm(String skeleton) {
        return LatinSpelling.mergeSwappedLetters(skeleton);
    }
}
