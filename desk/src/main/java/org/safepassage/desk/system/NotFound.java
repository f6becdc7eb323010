package org.safepassage.desk.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something that does not exist, or exists in another team's compartment: the two answers are
 * the same 404, so a compartment does not even reveal what it holds.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }
}
