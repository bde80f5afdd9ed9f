package uk.arcs.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/** Security refusals as application/problem+json, like every other refusal. */
final class Problems {

    private Problems() {
    }

    static AuthenticationEntryPoint unauthorised() {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                write(response, 429, "Too Many Requests", throttled.getMessage());
                return;
            }
            response.addHeader("WWW-Authenticate", "Basic realm=\"ARCS\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"ARCS\"");
            String detail = exception instanceof PersonalTokenLogin.TokenRefusedException ? exception.getMessage()
                    : exception instanceof BadCredentialsException ? "wrong username or password"
                    : "log in with HTTP Basic, a personal API token (Authorization: Bearer arcs_...) or the login page";
            write(response, 401, "Unauthorized", detail);
        };
    }

    /** A browser asking for a page goes to the login form; anything else gets a 401 problem. */
    static AuthenticationEntryPoint loginFormOrUnauthorised() {
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        AuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint problem = unauthorised();
        return (request, response, exception) -> (browser.matches(request) ? form : problem)
                .commence(request, response, exception);
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, 403, "Forbidden", exception instanceof CsrfException
                ? "a request made with the page session needs its CSRF token (the X-CSRF-TOKEN header or the _csrf field)"
                : "your role or force does not allow this request");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
