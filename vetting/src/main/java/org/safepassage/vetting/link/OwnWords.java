package org.safepassage.vetting.link;

import java.util.Arrays;
import org.safepassage.vetting.names.PersianNames;

/**
 * The narrative as linking compares it: the whole text as one key, its letters and digits alone
 * (letter forms, digits of any script and case made one; spacing, non-joiners and punctuation left
 * out), and a key for each of its sentences. Someone who is not sure their first registration
 * arrived sends the same words again, through the web form or an offline packet; nobody else knows
 * those words (the intake holds them encrypted). How likely another person is to write the very
 * same text is told by its sentences: a common one-liner ("I need a safe route for 4 people") is
 * written by many, a text of three sentences of one's own by nobody else. Only keys are kept, never
 * the text.
 *
 * @param text      the whole text's key; 0 when there is no narrative or it is too short to tell anything
 * @param sentences the keys of its sentences, each once
 */
public record OwnWords(long text, long[] sentences) {

    public static final OwnWords NONE = new OwnWords(0, new long[0]);

    /** Normalised texts shorter than this ("help", "yes") say nothing of who wrote them. */
    static final int SHORTEST = 20;

    public static OwnWords of(String narrative) {
        if (narrative == null || narrative.length() < SHORTEST) {
            return NONE;
        }
        long[] sentences = new long[8];
        int count = 0;
        long text = FNV_OFFSET;
        int length = 0;
        long sentence = FNV_OFFSET;
        int sentenceLength = 0;
        for (int i = 0; i <= narrative.length(); i++) {
            char c = i == narrative.length() ? '.' : narrative.charAt(i);
            if (ends(c)) {
                if (sentenceLength > 0) {
                    if (count == sentences.length) {
                        sentences = Arrays.copyOf(sentences, count * 2);
                    }
                    sentences[count++] = sentence;
                    text = mix(text, '|');
                }
                sentence = FNV_OFFSET;
                sentenceLength = 0;
                continue;
            }
            char normal = normal(c);
            if (normal == 0) {
                continue; // spacing, punctuation, harakat: people type them differently each time
            }
            sentence = mix(sentence, normal);
            text = mix(text, normal);
            sentenceLength++;
            length++;
        }
        if (length < SHORTEST || count == 0) {
            return NONE;
        }
        sort(sentences, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (sentences[i] != sentences[distinct - 1]) {
                sentences[distinct++] = sentences[i];
            }
        }
        return new OwnWords(text == 0 ? 1 : text, Arrays.copyOf(sentences, distinct));
    }

    public boolean isEmpty() {
        return text == 0;
    }

    /** Whether the two registrations give the same narrative, word for word. */
    public boolean same(OwnWords other) {
        return text != 0 && text == other.text;
    }

    private static boolean ends(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n' || c == '\u06D4' || c == '\u2026';
    }

    /**
     * A character as read here ({@link PersianNames#textCharacter}): a letter or a digit; 0 for
     * anything else (spaces, non-joiners, punctuation, harakat, tatweel), left out.
     */
    private static char normal(char c) {
        char read = PersianNames.textCharacter(c);
        return read == ' ' ? 0 : read;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** FNV-1a over the characters, 64 bits: a million texts' keys do not meet by chance. */
    private static long mix(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
    }

    /**
     * The first {@code count} values in order: by insertion for a narrative's few sentences, whose
     * sorting through {@link Arrays#sort} cost more than the rest of this reading.
     */
    static void sort(long[] values, int count) {
        if (count > 16) {
            Arrays.sort(values, 0, count);
            return;
        }
        for (int i = 1; i < count; i++) {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
