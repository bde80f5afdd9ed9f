package uk.arcs.security;

import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Login through an OpenID Connect provider (authorization code flow). The ARCS role and force come from claims of
 * the provider's ID token or user info; a user whose claims give no valid role is refused with a message saying so.
 * Once in, the session holds an {@link ArcsUser} like any other login, so every rule and controller treats it the
 * same way.
 */
final class OidcLogin {

    static final String REGISTRATION_ID = "oidc";

    /** The error code of a refusal whose description is shown on the login page. */
    static final String REFUSED = "arcs_access_refused";

    private final ArcsSecurityProperties.Oidc settings;

    OidcLogin(ArcsSecurityProperties.Oidc settings) {
        this.settings = settings;
    }

    /** Reads the provider's discovery document at startup: a provider that cannot be reached stops the startup. */
    ClientRegistration registration() {
        if (settings.clientId() == null || settings.clientId().isBlank()
                || settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IllegalArgumentException("arcs.security.oidc.issuer-uri is set: arcs.security.oidc.client-id and "
                    + "arcs.security.oidc.client-secret are needed too");
        }
        return ClientRegistrations.fromIssuerLocation(settings.issuerUri().trim())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientName(settings.name())
                .scope("openid", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    /** A provider's user with the ARCS user their claims map to. */
    static final class MappedOidcUser extends DefaultOidcUser {

        private final ArcsUser user;

        MappedOidcUser(OidcUser oidc, ArcsUser user) {
            super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        ArcsUser user() {
            return user;
        }
    }

    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser oidc = provider.loadUser(request);
            return new MappedOidcUser(oidc, user(oidc.getClaims()));
        };
    }

    /** The ARCS user the claims give, or a refusal that names the missing or wrong claim. */
    ArcsUser user(Map<String, Object> claims) {
        Object username = claims.get(settings.usernameClaim());
        if (username == null || username.toString().isBlank()) {
            username = claims.get("sub");
        }
        Object roleClaim = claims.get(settings.roleClaim());
        if (roleClaim == null || roleClaim.toString().isBlank()) {
            throw refused("Your " + settings.name() + " account gives no ARCS role (claim " + settings.roleClaim()
                    + "). Ask your administrator for access.");
        }
        Role role;
        try {
            role = Role.valueOf(roleClaim.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("Your " + settings.name() + " account gives the role '" + roleClaim + "', which ARCS does "
                    + "not know (claim " + settings.roleClaim() + "). Ask your administrator for access.");
        }
        Object force = claims.get(settings.forceClaim());
        try {
            return new ArcsUser(username.toString(), null, role, force == null ? null : force.toString());
        } catch (IllegalArgumentException e) {
            throw refused("Your " + settings.name() + " account cannot be used in ARCS: " + e.getMessage()
                    + " (claims " + settings.roleClaim() + " and " + settings.forceClaim() + ").");
        }
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
    }

    /** A user logged in through the provider, as the session keeps them. */
    static final class OidcAuthentication extends AbstractAuthenticationToken {

        private final ArcsUser user;

        OidcAuthentication(ArcsUser user, Object details) {
            super(user.getAuthorities());
            this.user = user;
            setDetails(details);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }

    /** Replaces the provider's login with the ARCS user in the session, then goes where the user was going. */
    static AuthenticationSuccessHandler successHandler(SecurityContextRepository contexts) {
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setDefaultTargetUrl("/home");
        return (request, response, authentication) -> {
            Authentication login = authentication;
            if (authentication.getPrincipal() instanceof MappedOidcUser mapped) {
                login = new OidcAuthentication(mapped.user(), authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(login);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            onwards.onAuthenticationSuccess(request, response, login);
        };
    }
}
