package org.safepassage.desk.transfer;

/** Told after every import that stored something, e.g. to link and score the new registrations. */
public interface ImportListener {

    void imported(ImportResult result);
}
