package org.safepassage.desk.system;

import org.safepassage.desk.staff.SignedInStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: who is signed in. */
@ControllerAdvice
public class PageAttributes {

    @ModelAttribute("me")
    SignedInStaff me(@AuthenticationPrincipal SignedInStaff staff) {
        return staff;
    }
}
