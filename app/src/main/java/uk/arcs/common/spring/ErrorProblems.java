package uk.arcs.common.spring;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's error page ({@code /error}): errors raised outside the controllers (a body over the limit,
 * a request the firewall rejects, a failure in a filter) leave as application/problem+json like every other refusal,
 * whatever the client accepts, and say nothing of the internals.
 */
@RestController
class ErrorProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblems.class);

    private final JsonMapper json;

    ErrorProblems(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError()) {
            log.error("failure outside the controllers on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status, request));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case BAD_REQUEST -> "ARCS could not read the request";
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this address does not take this method";
            case CONTENT_TOO_LARGE -> request.getAttribute(RequestBodyLimit.LIMIT_ATTRIBUTE) instanceof DataSize limit
                    ? "the request body is over the limit of " + describe(limit) : "the request is too large";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "the request headers are too large";
            default -> status.is5xxServerError()
                    ? "ARCS could not complete the request; nothing was recorded. The incident is in the server log."
                    : status.getReasonPhrase();
        };
    }

    private static String describe(DataSize size) {
        return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " MB"
                : size.toBytes() % 1024 == 0 ? size.toKilobytes() + " KB" : size.toBytes() + " bytes";
    }
}
