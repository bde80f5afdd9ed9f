package uk.arcs.common;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The version a client last saw of something two commanders could act on (a mutual aid request, a force's
 * military contingency): the number of steps recorded on it, sent back as an HTTP If-Match entity tag. Without
 * one, any version will do, as before optimistic concurrency existed.
 */
public record ExpectedVersion(Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public ExpectedVersion {
        versions = versions == null ? null : Set.copyOf(versions);
    }

    /** The entity tag of a version, as an ETag header carries it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads an If-Match header: absent or {@code *} accepts any version; otherwise a list of strong entity tags
     * such as {@code "3"}. A weak tag ({@code W/"3"}) never matches, as HTTP requires for If-Match.
     */
    public static ExpectedVersion fromIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.startsWith("W/")) {
                continue;
            }
            if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                throw new IllegalArgumentException("If-Match: '" + tag + "' is not an entity tag such as \"3\"");
            }
            try {
                versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                // Not a version ARCS ever gave out, so it can never match: the precondition fails.
                versions.add(-1L);
            }
        }
        return new ExpectedVersion(versions);
    }

    public boolean any() {
        return versions == null;
    }

    /** Refuses with {@link StaleVersionException} unless {@code current} is a version the client expects. */
    public void check(long current, String what) {
        if (versions != null && !versions.contains(current)) {
            throw new StaleVersionException(what + " has changed since you read it: it is at version " + current
                    + ", not " + versions.stream().map(ExpectedVersion::etag).toList()
                    + ". Read it again, and act on what it says now", current);
        }
    }
}
