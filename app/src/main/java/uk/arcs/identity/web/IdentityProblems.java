package uk.arcs.identity.web;

import java.net.URI;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A refusal of an identity request names the vault, not the path it was sent to: a name typed where a cipher
 * belongs would otherwise come back in the problem's {@code instance}.
 */
@ControllerAdvice(assignableTypes = IdentityController.class)
class IdentityProblems implements ResponseBodyAdvice<Object> {

    static final URI INSTANCE = URI.create("/api/v1/identities");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setInstance(INSTANCE);
        }
        return body;
    }
}
