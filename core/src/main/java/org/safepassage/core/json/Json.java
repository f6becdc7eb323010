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
}
