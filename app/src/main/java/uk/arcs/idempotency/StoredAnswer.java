package uk.arcs.idempotency;

import java.util.Arrays;
import java.util.Map;

/** The answer the first request with a key was given: status, content type, the headers that matter, body. */
public record StoredAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {

    public StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer that && status == that.status
                && java.util.Objects.equals(contentType, that.contentType) && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(status, contentType, headers) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredAnswer[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
