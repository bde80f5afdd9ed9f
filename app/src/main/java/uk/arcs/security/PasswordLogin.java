package uk.arcs.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password logins (the login form and HTTP Basic), throttled: a locked username or address is refused
 * before the password is looked at, each failure is counted, and a success clears the username's count.
 *
 * <p>A password that passed the bcrypt check is remembered for {@link #REMEMBERED}, as an HMAC under a key that
 * lives only in this process, so a script sending Basic credentials on every call pays the bcrypt cost once, not on
 * every request. Only correct passwords are remembered; a wrong one always meets bcrypt and the throttle.
 */
final class PasswordLogin implements AuthenticationProvider {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final DaoAuthenticationProvider passwords;
    private final UserDetailsService users;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(byte[] mac, Instant until) {
    }

    PasswordLogin(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = address(attempt.getDetails());
        throttle.lockedFor(username, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        Object credentials = attempt.getCredentials();
        byte[] mac = mac(username, credentials == null ? "" : credentials.toString());
        Instant now = clock.instant();
        Verified known = verified.get(username);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.mac(), mac)) {
            UserDetails user = users.loadUserByUsername(username);
            throttle.succeeded(username);
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(attempt.getDetails());
            return result;
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            verified.put(username, new Verified(mac, now.plus(REMEMBERED)));
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
