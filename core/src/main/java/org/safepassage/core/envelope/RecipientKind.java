package org.safepassage.core.envelope;

/**
 * The kinds of age recipient SafePassage seals to. An envelope uses one kind only: a hybrid
 * stanza beside a classical one would make the envelope only as strong as the classical one.
 */
public enum RecipientKind {
    /** {@code age1…}: X25519 alone; opened by anyone who breaks X25519, as a quantum computer would. */
    X25519,
    /** {@code age1pq1…}: ML-KEM-768 with X25519 (age's mlkem768x25519); safe while either holds. */
    MLKEM768_X25519
}
