package uk.arcs.audit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.arcs.audit.AuditLog;
import uk.arcs.audit.Origin;
import uk.arcs.security.ArcsUser;

/**
 * Every request that may change something (POST, PUT, PATCH, DELETE) runs on behalf of its origin: the logged-in
 * user with role and force, the client address (the first X-Forwarded-For address only when
 * {@code arcs.audit.trust-forwarded-for} says a proxy in front sets it), the method and path. Each write it commits
 * carries that origin into the audit chain; if it committed none and was refused, the refusal is recorded.
 * Runs after Spring Security, so refusals of the login itself (401, and 403 by URL rule) are not seen here.
 */
@Component
@Order(AuditFilter.ORDER)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditFilter extends OncePerRequestFilter {

    /** After Spring Security (-100), before the idempotency filter, so a refused retry is recorded too. */
    static final int ORDER = 0;
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** An IPv4 or IPv6 address, as a proxy writes it. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f.]{0,15}){2,8}");
    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditLog audit;
    private final boolean trustForwardedFor;

    AuditFilter(AuditLog audit, @Value("${arcs.audit.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.audit = audit;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CHANGING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Origin origin = origin(request);
        AuditLog.Scope scope = new AuditLog.Scope(origin);
        int status;
        try {
            audit.acting(scope, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
                return null;
            });
            status = response.getStatus();
        } catch (UncheckedIOException e) {
            refused(scope, 500);
            throw e.getCause();
        } catch (WrappedServletException e) {
            refused(scope, 500);
            throw (ServletException) e.getCause();
        } catch (RuntimeException e) {
            refused(scope, 500);
            throw e;
        }
        if (status >= 400) {
            refused(scope, status);
        }
    }

    private void refused(AuditLog.Scope scope, int status) {
        if (scope.writesCommitted() > 0) {
            return;
        }
        try {
            audit.recordRefusal(scope.origin(), status);
        } catch (RuntimeException e) {
            log.error("could not record the refusal of {} in the audit log", scope.origin().request(), e);
        }
    }

    private Origin origin(HttpServletRequest request) {
        String username = "anonymous";
        String role = null;
        String force = null;
        Principal principal = request.getUserPrincipal();
        if (principal instanceof Authentication authentication) {
            username = authentication.getName();
            if (authentication.getPrincipal() instanceof ArcsUser user) {
                role = user.role().name();
                force = user.force();
            } else {
                role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
            }
        } else if (principal != null) {
            username = principal.getName();
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return new Origin(username, role, force, client(request), request.getMethod(), path);
    }

    String client(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trustForwardedFor || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String first = forwarded.split(",")[0].trim();
        return ADDRESS.matcher(first).matches() ? first + " via " + peer
                : peer + " (with an unreadable X-Forwarded-For)";
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
