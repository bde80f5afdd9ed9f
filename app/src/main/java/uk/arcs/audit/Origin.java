package uk.arcs.audit;

import java.util.List;

/**
 * Who makes a change and from where: a user of the API or the pages (with role, force and client address), a
 * command run on the server ({@code cli}), or ARCS itself ({@code system}, such as the demo data at start).
 */
public record Origin(String username, String role, String force, String client, String method, String path) {

    public static final Origin SYSTEM = new Origin("system", null, null, "server", null, null);

    public Origin {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an origin names who acts");
        }
        username = clip(username, 64);
        role = clip(role, 40);
        force = clip(force, 16);
        client = clip(client, 200);
        method = clip(method, 10);
        path = clip(path, 500);
    }

    /** A command of the {@code ./arcs} launcher, run by an operating-system user on the server. */
    public static Origin cli(String command, List<String> args) {
        String operator = System.getProperty("user.name", "unknown");
        return new Origin("cli", null, null, "cli (" + operator + ")", "CLI",
                String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(command), args.stream()).toList()));
    }

    /** What was asked for, such as {@code POST /api/v1/forces/MET/events}. */
    public String request() {
        return method == null ? "changes" : method + " " + path;
    }

    static String clip(String text, int length) {
        if (text == null) {
            return null;
        }
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
