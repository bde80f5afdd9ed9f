package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final ShiftedClock clock = new ShiftedClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final LoginThrottle throttle = new LoginThrottle(
            new ArcsSecurityProperties.Throttle(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(20)), clock);

    @Test
    void usernameIsLockedForTheLockoutAfterTheLimitOfFailures() {
        throttle.failed("met.gold", "10.0.0.1");
        throttle.failed("met.gold", "10.0.0.2");
        assertThat(throttle.lockedFor("met.gold", "10.0.0.3")).isEmpty();
        throttle.failed("met.gold", "10.0.0.3");
        assertThat(throttle.lockedFor("met.gold", "10.0.0.9")).contains(Duration.ofMinutes(20));
        assertThat(throttle.lockedFor("MET.GOLD", null)).as("names differing in case share a count").isPresent();
        assertThat(throttle.lockedFor("met.planner", "10.0.0.1")).as("other users and the addresses are not locked")
                .isEmpty();
    }

    @Test
    void lockEndsWhenTheCoolDownHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("met.gold", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(19));
        assertThat(throttle.lockedFor("met.gold", null)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("met.gold", null)).isEmpty();
        throttle.failed("met.gold", "10.0.0.1");
        assertThat(throttle.lockedFor("met.gold", null)).as("counting starts again after a lockout").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        throttle.failed("met.gold", null);
        throttle.failed("met.gold", null);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("met.gold", null);
        throttle.failed("met.gold", null);
        assertThat(throttle.lockedFor("met.gold", null)).isEmpty();
        throttle.failed("met.gold", null);
        assertThat(throttle.lockedFor("met.gold", null)).isPresent();
    }

    @Test
    void successClearsTheUsernameCountButNotTheAddressCount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed(i < 2 ? "met.gold" : "user" + i, "10.0.0.1");
        }
        throttle.succeeded("met.gold");
        throttle.failed("met.gold", "10.0.0.2");
        throttle.failed("met.gold", "10.0.0.2");
        assertThat(throttle.lockedFor("met.gold", null)).as("two failures since the success").isEmpty();
        throttle.failed("someone", "10.0.0.1");
        assertThat(throttle.lockedFor(null, "10.0.0.1")).as("the tenth failure from one address").isPresent();
        assertThat(throttle.lockedFor("met.gold", "10.0.0.1")).as("any name from a locked address").isPresent();
    }
}
