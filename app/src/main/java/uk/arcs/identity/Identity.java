package uk.arcs.identity;

import java.util.regex.Pattern;

/**
 * An officer's identity in clear: the name and the warrant number. It exists only in memory, between the vault
 * opening a sealed record and the identity administrator's response, so it never prints its contents: not in a
 * log line, an exception or a debugger's summary.
 */
public record Identity(String name, String warrantNumber) {

    public static final int MAX_NAME = 200;
    public static final int MAX_WARRANT = 32;
    private static final Pattern WARRANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /.-]*");

    /** Checks each field; a refusal names the field and the rule, never the value. */
    public Identity {
        name = name == null ? null : name.strip();
        warrantNumber = warrantNumber == null ? null : warrantNumber.strip();
        if (name == null || name.isEmpty()) {
            throw new InvalidIdentityException("name", "name is required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidIdentityException("name", "name is longer than " + MAX_NAME + " characters");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidIdentityException("name", "name holds control characters");
        }
        if (warrantNumber == null || warrantNumber.isEmpty()) {
            throw new InvalidIdentityException("warrantNumber", "warrantNumber is required");
        }
        if (warrantNumber.length() > MAX_WARRANT || !WARRANT.matcher(warrantNumber).matches()) {
            throw new InvalidIdentityException("warrantNumber", "warrantNumber must be 1 to " + MAX_WARRANT
                    + " letters, digits, spaces, '/', '.' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return "Identity[sealed]";
    }
}
