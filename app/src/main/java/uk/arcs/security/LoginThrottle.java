package uk.arcs.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address. Reaching a limit within the window locks that
 * username or address for the lockout; a locked attempt is refused before any password or token is checked.
 * A successful login clears its username's count (never the address's: one good password does not excuse a
 * spray of bad ones from the same place). Held in memory: one ARCS instance serves a database.
 */
final class LoginThrottle {

    /** Above this many tracked names and addresses, stale entries are dropped on the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final ArcsSecurityProperties.Throttle settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(ArcsSecurityProperties.Throttle settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Failures within the window, and the end of the lockout when the limit was reached. */
    private record Failures(int count, Instant firstAt, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean staleAt(Instant now, Duration window) {
            return !lockedAt(now) && !now.isBefore(firstAt.plus(window));
        }
    }

    /** How long the username or address stays locked; empty when neither is. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration longest = null;
        for (String key : keys(username, address)) {
            Failures entry = key == null ? null : failures.get(key);
            if (entry != null && entry.lockedAt(now)) {
                Duration left = Duration.between(now, entry.lockedUntil());
                longest = longest == null || left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return Optional.ofNullable(longest);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        String[] keys = keys(username, address);
        count(keys[0], settings.maxFailuresPerUser(), now);
        count(keys[1], settings.maxFailuresPerAddress(), now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.staleAt(now, settings.window()));
        }
    }

    void succeeded(String username) {
        String key = keys(username, null)[0];
        if (key != null) {
            failures.remove(key);
        }
    }

    private void count(String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, entry) -> {
            if (entry != null && entry.lockedAt(now)) {
                return entry;
            }
            int count = entry == null || entry.staleAt(now, settings.window()) ? 1 : entry.count() + 1;
            Instant firstAt = count == 1 ? now : entry.firstAt();
            return count >= limit ? new Failures(0, now, now.plus(settings.lockout()))
                    : new Failures(count, firstAt, null);
        });
    }

    private static String[] keys(String username, String address) {
        return new String[] {
                username == null || username.isBlank() ? null : "user:" + username.trim().toLowerCase(Locale.ROOT),
                address == null || address.isBlank() ? null : "address:" + address};
    }
}
