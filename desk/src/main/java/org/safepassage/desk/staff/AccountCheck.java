package org.safepassage.desk.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before every page of a signed-in person: a session whose account was disabled, reset or changed
 * after it signed in ends here (the person signs in again, with what they now have), and a person
 * holding a one-time password set by an admin goes to choose their own before anything else.
 */
@Component
public class AccountCheck implements HandlerInterceptor, WebMvcConfigurer {

    static final String CHANGE_PASSWORD = "/account/password";

    private final StaffDirectory directory;

    public AccountCheck(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/fonts/**", "/login", "/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInStaff staff)) {
            return true;
        }
        Optional<StaffMember> member = directory.byId(staff.id());
        boolean stale = member.isEmpty() || !member.get().enabled()
                || member.get().sessionsValidFrom() != null && member.get().sessionsValidFrom().isAfter(staff.signedInAt());
        if (stale) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (member.get().mustChangePassword() && !path.equals(CHANGE_PASSWORD) && !path.equals("/account") && !path.equals("/logout")) {
            response.sendRedirect(request.getContextPath() + "/account?mustChange");
            return false;
        }
        return true;
    }
}
