package uk.arcs.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a running ARCS: Basic, bearer tokens, or a browser-like session with its CSRF token. */
final class HttpProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private HttpProbe(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** No cookies kept: each request stands alone. */
    static HttpProbe stateless(int port) {
        return new HttpProbe("http://localhost:" + port, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Keeps cookies like a browser, without following redirects. */
    static HttpProbe browser(int port) {
        return new HttpProbe("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** An event stream's body never ends, so only its status and headers are kept. */
    record Reply(int status, HttpHeaders headers, URI uri, String body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        boolean isProblem() {
            return header("Content-Type") != null && header("Content-Type").startsWith("application/problem+json");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<InputStream> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream stream = response.body()) {
                body = contentType.startsWith("text/event-stream") ? ""
                        : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Reply(response.statusCode(), response.headers(), response.uri(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, String authorization) {
        HttpRequest.Builder request = request(path).GET();
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    Reply postJson(String path, String authorization, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    /** The CSRF token of this browser's session, as the login page shows it. */
    String csrfToken() {
        Reply page = send(request("/login").GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page: " + page.body());
        }
        return token.group(1);
    }

    /** Posts the login form; answers the redirect that follows. */
    Reply logIn(String username, String password) {
        return logIn(username, password, "127.0.0.1");
    }

    /** Posts the login form as from a client address (behind the trusted proxy that the tests play). */
    Reply logIn(String username, String password, String clientAddress) {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken());
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress).POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
