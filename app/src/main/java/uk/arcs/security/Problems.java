package uk.arcs.security;

import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Security refusals as application/problem+json, like every other refusal. */
final class Problems {

    private Problems() {
    }

    static AuthenticationEntryPoint unauthorised() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ARCS\"");
            write(response, 401, "Unauthorized", "log in with HTTP Basic authentication");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, 403, "Forbidden",
                "your role or force does not allow this request");
    }

    private static void write(jakarta.servlet.http.HttpServletResponse response, int status, String title,
                              String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
