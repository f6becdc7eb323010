package org.safepassage.desk.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The one-time code typed on the sign-in form beside the name and password. */
public class LoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String code;

    public LoginDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "LoginDetails";
    }
}
