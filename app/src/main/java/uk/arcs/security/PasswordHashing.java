package uk.arcs.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How ARCS stores local passwords: bcrypt of cost {@value #MIN_COST} or more, written {@code {bcrypt}$2a$12$...}.
 * Anything weaker ({@code {noop}}, SHA, MD5, a low bcrypt cost) is refused when the users are loaded, naming the user,
 * so a misconfigured server does not start rather than run with guessable hashes.
 */
public final class PasswordHashing {

    /** The bcrypt cost: 2^12 rounds, a quarter of a second per check on a server core. */
    public static final int MIN_COST = 12;

    /** Shorter passwords are refused by {@code ./arcs hash-password}. */
    static final int MIN_LENGTH = 12;

    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private PasswordHashing() {
    }

    /** Encodes with bcrypt of cost {@value #MIN_COST}; checks {@code {bcrypt}} hashes only. */
    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(MIN_COST)));
    }

    /** Refuses a stored password that is not a bcrypt hash of cost {@value #MIN_COST} or more. */
    static void requireStrong(String username, String stored) {
        if (stored == null || stored.isBlank()) {
            throw new IllegalArgumentException("user " + username + " has no password: store a bcrypt hash made with "
                    + "./arcs hash-password");
        }
        Matcher bcrypt = BCRYPT.matcher(stored.trim());
        if (!bcrypt.matches()) {
            String scheme = stored.startsWith("{") && stored.indexOf('}') > 0
                    ? stored.substring(0, stored.indexOf('}') + 1) : "an unencoded password";
            throw new IllegalArgumentException("user " + username + ": the stored password is " + scheme
                    + ", which ARCS refuses; store a bcrypt hash of cost " + MIN_COST
                    + " or more, such as {bcrypt}$2a$12$..., made with ./arcs hash-password");
        }
        int cost = Integer.parseInt(bcrypt.group(1));
        if (cost < MIN_COST) {
            throw new IllegalArgumentException("user " + username + ": the stored bcrypt hash has cost " + cost
                    + "; ARCS needs " + MIN_COST + " or more (make a new one with ./arcs hash-password)");
        }
    }

    /**
     * {@code ./arcs hash-password}: reads a password (without echo at a terminal, otherwise the first line of
     * standard input) and prints the value for {@code arcs.security.users[n].password}. Runs without the
     * application or its database, so an operator can prepare configuration anywhere.
     */
    public static int hashPasswordCommand(InputStream in, PrintStream out, PrintStream err) {
        String password;
        try {
            password = readPassword(in);
        } catch (IOException e) {
            err.println("arcs hash-password: could not read the password: " + e.getMessage());
            return 2;
        }
        if (password == null || password.isEmpty()) {
            err.println("arcs hash-password: no password given; type it, or pipe it in: "
                    + "printf '%s\\n' \"$PASSWORD\" | ./arcs hash-password");
            return 2;
        }
        if (password.length() < MIN_LENGTH) {
            err.println("arcs hash-password: the password has " + password.length() + " characters; use at least "
                    + MIN_LENGTH);
            return 2;
        }
        out.println(encoder().encode(password));
        return 0;
    }

    private static String readPassword(InputStream in) throws IOException {
        Console console = System.console();
        if (in == System.in && interactive(console)) {
            char[] typed = console.readPassword("Password: ");
            char[] again = typed == null ? null : console.readPassword("Again: ");
            if (again != null && !java.util.Arrays.equals(typed, again)) {
                throw new IOException("the two passwords differ");
            }
            return typed == null ? null : new String(typed);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return reader.readLine();
    }

    /** Java 22 and later give a console even when input is piped; only a terminal gets the prompt. */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
