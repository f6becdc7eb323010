package org.safepassage.intake.admission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Stands before the pages whose forms open a session (registration, packet delivery, return with the
 * receipt), for showing them as for sending them. While there is no flood, a session is admitted as
 * it arrives (so one that opened a form before a flood keeps what it typed). During a flood, a
 * session not yet admitted is sent to the admission page, before any session or form is made for
 * it: a flood that does no work costs the intake a redirect. An admission is good for one
 * registration (a form sent back with errors keeps it) or {@value #PACKET_POSTS} packet deliveries,
 * so every planted registration during a flood costs its sender one proof of work.
 */
@Component
public class AdmissionInterceptor implements HandlerInterceptor {

    static final int PACKET_POSTS = 20;

    private final FloodDetector flood;

    public AdmissionInterceptor(FloodDetector flood) {
        this.flood = flood;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String path = request.getServletPath();
        if (Admission.admitted(request)) {
            if ("/packet".equals(path) && "POST".equals(request.getMethod())) {
                Admission.countPacketPost(request, PACKET_POSTS);
            }
            return true;
        }
        if (!flood.arrivalIsGuarded()) {
            Admission.admit(request);
            return true;
        }
        String language = request.getParameter("lang");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admission?next=" + Admission.next(path)
                + ("en".equals(language) || "fa".equals(language) ? "&lang=" + language : ""));
        return false;
    }

    /** A registration stored (its receipt page next) spends the admission, before the answer is sent and the session saved. */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if ("POST".equals(request.getMethod()) && "/register".equals(request.getServletPath()) && view != null
                && "redirect:/receipt".equals(view.getViewName())) {
            Admission.spend(request);
        }
    }
}
