package org.safepassage.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The project's one JSON mapper: bounded against hostile input, compact output, absent fields left out. */
public final class Json {

    /** Deeper nesting than any SafePassage document needs; refuses stack-exhaustion payloads early. */
    private static final int MAX_NESTING_DEPTH = 32;
    private static final int MAX_STRING_LENGTH = 1 << 20;

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .build();

    private Json() {
    }

    /**
     * A JSON text without the byte-order marks Windows tools write before a file's first line
     * (Notepad, spreadsheets' "UTF-8" export, PowerShell), which files joined end to end then carry
     * into the middle: no part of the JSON, and RFC 8259 (section 8.1) lets a parser ignore them.
     */
    public static String withoutByteOrderMark(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.substring(start);
    }
}
