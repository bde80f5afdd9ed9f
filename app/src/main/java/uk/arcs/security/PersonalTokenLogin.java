package uk.arcs.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * API calls with {@code Authorization: Bearer arcs_...}: the token acts with its owner's current role and force.
 * Throttled per client address like password logins; a token whose owner is no longer a configured user stops
 * working.
 */
final class PersonalTokenLogin implements AuthenticationProvider {

    private final PersonalTokens tokens;
    private final LocalUsers users;
    private final LoginThrottle throttle;

    PersonalTokenLogin(PersonalTokens tokens, LocalUsers users, LoginThrottle throttle) {
        this.tokens = tokens;
        this.users = users;
        this.throttle = throttle;
    }

    /** A token presented (not yet checked), or a checked one acting as its owner. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String secret;
        private final ArcsUser owner;
        private final long tokenId;

        private TokenAuthentication(String secret, ArcsUser owner, long tokenId, Object details) {
            super(owner == null ? java.util.List.of() : owner.getAuthorities());
            this.secret = secret;
            this.owner = owner;
            this.tokenId = tokenId;
            setDetails(details);
            setAuthenticated(owner != null);
        }

        long tokenId() {
            return tokenId;
        }

        @Override
        public Object getCredentials() {
            return owner == null ? secret : null;
        }

        @Override
        public Object getPrincipal() {
            return owner;
        }

        @Override
        public String getName() {
            return owner == null ? "" : owner.username();
        }
    }

    /** Reads a bearer token from the Authorization header; other schemes are left to other filters. */
    static AuthenticationConverter converter() {
        WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
        return (HttpServletRequest request) -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return new TokenAuthentication(header.substring(7).trim(), null, 0, details.buildDetails(request));
        };
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        TokenAuthentication presented = (TokenAuthentication) attempt;
        String address = PasswordLogin.address(presented.getDetails());
        throttle.lockedFor(null, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        PersonalToken token = tokens.use(presented.secret).orElse(null);
        ArcsUser owner = token == null ? null : users.find(token.owner()).orElse(null);
        if (owner == null) {
            throttle.failed(null, address);
            throw new TokenRefusedException(token == null ? "the token is unknown, expired or revoked"
                    : "the token's owner no longer has an account");
        }
        return new TokenAuthentication(null, owner, token.id(), presented.getDetails());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return TokenAuthentication.class.isAssignableFrom(authentication);
    }

    /** A refused token; its message is safe to show. */
    static final class TokenRefusedException extends AuthenticationException {

        TokenRefusedException(String message) {
            super(message);
        }
    }
}
