package uk.arcs.idempotency.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.spring.BufferedBody;
import uk.arcs.idempotency.IdempotencyKeys;
import uk.arcs.idempotency.StoredAnswer;

/**
 * {@code Idempotency-Key} on any request that may change something: the first request with a key runs and its
 * answer is kept; the same request again (same user, key, method, path and body) is answered as the first time
 * without running; a different request with the key is refused (422); one sent while the first still runs waits
 * for nothing and is refused (409). Without the header nothing changes.
 */
@Component
@Order(IdempotencyFilter.ORDER)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** After Spring Security (-100), for the user, and inside the audit filter (0). */
    static final int ORDER = 10;
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Response headers replayed with the answer besides its content type. */
    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ETAG, HttpHeaders.LOCATION);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || !CHANGING.contains(request.getMethod()) || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            IdempotencyKeys.validate(key);
        } catch (IllegalArgumentException e) {
            problem(response, HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), Map.of());
            return;
        }
        HttpServletRequest readable = request;
        MessageDigest fingerprint = sha256();
        fingerprint.update((request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n").getBytes(StandardCharsets.UTF_8));
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            for (Part part : request.getParts()) {
                fingerprint.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream content = part.getInputStream()) {
                    fingerprint.update(content.readAllBytes());
                }
            }
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            new TreeMap<>(request.getParameterMap()).forEach((name, values) -> fingerprint.update(
                    (name + "=" + String.join("&", values) + "\n").getBytes(StandardCharsets.UTF_8)));
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            fingerprint.update(body);
            readable = new BufferedBody(request, body);
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        switch (keys.admit(request.getUserPrincipal().getName(), key, HexFormat.of().formatHex(fingerprint.digest()),
                request.getMethod(), path)) {
            case IdempotencyKeys.Admission.Replay replay -> replay(response, replay.answer());
            case IdempotencyKeys.Admission.InProgress inProgress -> problem(response, HttpStatus.CONFLICT,
                    "Still in progress", "a request with this Idempotency-Key is still being handled; "
                            + "send it again once it has been answered", Map.of());
            case IdempotencyKeys.Admission.Mismatch mismatch -> problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key used for another request", "this Idempotency-Key was first used for a different "
                            + "request (" + mismatch.method() + " " + mismatch.path() + ", or another body); "
                            + "nothing was recorded. Use a new key for a new request", Map.of());
            case IdempotencyKeys.Admission.AnswerLost lost -> problem(response, HttpStatus.CONFLICT,
                    "Recorded, answer lost", "the request with this Idempotency-Key was recorded at " + lost.recordedAt()
                            + ", but the server stopped before its answer was kept; it is not recorded again. "
                            + "Read the current state to see what was recorded",
                    Map.of("recordedAt", lost.recordedAt()));
            case IdempotencyKeys.Admission.Proceed proceed -> {
                ContentCachingResponseWrapper answering = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(readable, answering);
                } catch (IOException | ServletException | RuntimeException e) {
                    keys.abandon(proceed.ticket());
                    throw e;
                }
                Map<String, String> kept = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = answering.getHeader(name);
                    if (value != null) {
                        kept.put(name, value);
                    }
                }
                try {
                    keys.finish(proceed.ticket(), new StoredAnswer(answering.getStatus(), answering.getContentType(),
                            kept, answering.getContentAsByteArray()));
                } catch (RuntimeException e) {
                    log.error("could not keep the answer to {} {} for its Idempotency-Key; a retry will be told the "
                            + "answer was lost", request.getMethod(), path, e);
                }
                answering.copyBodyToResponse();
            }
        }
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        answer.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void problem(HttpServletResponse response, HttpStatus status, String title, String detail,
                         Map<String, Object> properties) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        properties.forEach((name, value) -> problem.put(name, value instanceof Instant i ? i.toString() : value));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
