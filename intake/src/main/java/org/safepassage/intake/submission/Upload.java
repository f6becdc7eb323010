package org.safepassage.intake.submission;

/** A file a submitter attached, held in memory only until it is sealed. */
public record Upload(String name, byte[] content) {

    private static final int MAX_NAME = 120;

    /** Keeps only the last path segment of a browser-supplied file name, without control characters. */
    public static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return "attachment";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
