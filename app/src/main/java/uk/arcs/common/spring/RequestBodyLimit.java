package uk.arcs.common.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code arcs.http.max-body-size} with 413 before anything parses it. A declared
 * Content-Length is checked as it stands; a chunked body is read up to the limit and handed on from memory. Form
 * posts and multipart uploads are left to their own limits (server.tomcat.max-http-form-post-size,
 * spring.servlet.multipart.*).
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    static final String LIMIT_ATTRIBUTE = RequestBodyLimit.class.getName() + ".limit";

    private final DataSize limit;

    RequestBodyLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if ((declared <= 0 && !chunked) || isForm(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        if (declared > limit.toBytes()) {
            tooLarge(request, response);
            return;
        }
        if (declared > 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.toBytes() + 1));
        if (body.length > limit.toBytes()) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(LIMIT_ATTRIBUTE, limit);
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static boolean isForm(String contentType) {
        return contentType != null && (contentType.regionMatches(true, 0, "multipart/", 0, 10)
                || contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }
}
