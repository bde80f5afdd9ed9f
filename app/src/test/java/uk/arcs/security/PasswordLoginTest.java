package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordLoginTest {

    private static final PasswordEncoder BCRYPT = PasswordHashing.encoder();
    private static final String HASH = BCRYPT.encode("correct horse battery");

    private final ShiftedClock clock = new ShiftedClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return BCRYPT.matches(raw, encoded);
        }
    };
    private final LocalUsers users = LocalUsers.of(List.of(new ArcsSecurityProperties.User("met.gold", HASH,
            Role.STRATEGIC_COMMANDER, "MET")), false, BCRYPT);
    private final LoginThrottle throttle = new LoginThrottle(
            new ArcsSecurityProperties.Throttle(3, 100, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
    private final PasswordLogin login = new PasswordLogin(users, countingEncoder, throttle, clock);

    private Authentication attempt(String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("met.gold", password));
    }

    @Test
    void lockedOutAttemptIsRefusedWithoutCheckingThePasswordEvenWhenItIsRight() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        int checksBefore = checks.get();
        assertThatThrownBy(() -> attempt("correct horse battery")).isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("Try again in 15 minutes");
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(LoginThrottledException.class);
        assertThat(checks.get()).as("no bcrypt check while locked").isEqualTo(checksBefore);
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt("correct horse battery").getPrincipal()).isInstanceOf(ArcsUser.class);
    }

    @Test
    void successResetsTheUsernameCount() {
        attempt("correct horse battery");
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt("correct horse battery").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt("correct horse battery").isAuthenticated()).as("two failures since the last success")
                .isTrue();
    }

    @Test
    void verifiedPasswordIsRememberedForMinutesButAWrongOneAlwaysMeetsBcrypt() {
        attempt("correct horse battery");
        int afterFirst = checks.get();
        attempt("correct horse battery");
        assertThat(checks.get()).as("the second correct login skips bcrypt").isEqualTo(afterFirst);
        assertThatThrownBy(() -> attempt("correct horse batterY")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks.get()).isEqualTo(afterFirst + 1);
        clock.advance(PasswordLogin.REMEMBERED);
        attempt("correct horse battery");
        assertThat(checks.get()).as("checked again once the memory has expired").isEqualTo(afterFirst + 2);
    }

    @Test
    void unknownUserIsCountedAndRefusedLikeAWrongPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    "nobody", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "nobody", "guess"))).isInstanceOf(LoginThrottledException.class);
    }
}
