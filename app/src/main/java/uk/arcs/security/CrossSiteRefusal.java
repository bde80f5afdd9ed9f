package uk.arcs.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API write that a browser says comes from another site ({@code Sec-Fetch-Site: cross-site}). A browser
 * that once answered the Basic prompt re-sends those credentials with any form another site posts here; CSRF tokens
 * do not cover Basic, so this does. Clients that are not browsers send no such header and are not affected.
 */
final class CrossSiteRefusal extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            Problems.write(response, 403, "Forbidden", "a write to the ARCS API from another web site is refused");
            return;
        }
        chain.doFilter(request, response);
    }
}
