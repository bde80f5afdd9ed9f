package uk.arcs.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users from configuration, for {@code ./arcs serve}: {@code arcs.security.users[0].username=...},
 * {@code password={bcrypt}...}, {@code role=PLANNER}, {@code force=MET}; login throttling
 * ({@code arcs.security.throttle.*}); and the optional OpenID Connect provider ({@code arcs.security.oidc.*}).
 */
@ConfigurationProperties("arcs.security")
record ArcsSecurityProperties(List<User> users, @DefaultValue Throttle throttle, @DefaultValue Oidc oidc) {

    ArcsSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record User(String username, String password, Role role, String force) {
    }

    /**
     * Failed logins are counted per username and per client address within {@code window}; reaching a limit
     * locks that username or address for {@code lockout}.
     */
    record Throttle(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
                    @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

        Throttle {
            if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
                throw new IllegalArgumentException("arcs.security.throttle: the failure limits must be at least 1");
            }
            if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("arcs.security.throttle: window and lockout must be positive");
            }
        }
    }

    /**
     * Login through an OpenID Connect provider, on when {@code issuerUri} is set. The ARCS role and force come from
     * the claims named here; a user whose claims give no valid role is refused.
     */
    record Oidc(String issuerUri, String clientId, String clientSecret, @DefaultValue("single sign-on") String name,
                @DefaultValue("preferred_username") String usernameClaim, @DefaultValue("arcs_role") String roleClaim,
                @DefaultValue("arcs_force") String forceClaim) {

        boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
