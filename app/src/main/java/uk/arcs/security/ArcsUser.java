package uk.arcs.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;

/**
 * A user of ARCS: a role and, for force roles, the force. A local user has a strong password hash; a user who
 * logged in through the OpenID Connect provider has none ({@code passwordHash} is null).
 */
public record ArcsUser(String username, String passwordHash, Role role, String force) implements UserDetails {

    public ArcsUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a user needs a username");
        }
        if (passwordHash != null) {
            PasswordHashing.requireStrong(username, passwordHash);
        }
        if (role == null) {
            throw new IllegalArgumentException("user " + username + " needs a role");
        }
        if (role.forceBound() && (force == null || force.isBlank())) {
            throw new IllegalArgumentException("user " + username + " has the force role " + role + " but no force");
        }
        if (!role.forceBound() && force != null && !force.isBlank()) {
            throw new IllegalArgumentException("user " + username + " has the national role " + role + " and no force");
        }
        force = force == null || force.isBlank() ? null : force.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** This user acting now, or at {@code occurredAt} when a step taken a little earlier is recorded. */
    public Actor acting(Instant occurredAt) {
        return new Actor(username, role.name(), force, occurredAt, null);
    }

    /**
     * The force a page acts on: a force role's own force (naming another is forbidden, as the API forbids it),
     * or the force a national role chose ({@code null} if none was chosen).
     */
    public String pageForce(String requested) {
        boolean named = requested != null && !requested.isBlank();
        if (role.forceBound()) {
            if (named && !requested.trim().equalsIgnoreCase(force)) {
                throw new ForbiddenException(username + " (" + role + ", " + force + ") works on " + force
                        + " only, not on " + requested.trim());
            }
            return force;
        }
        return named ? requested.trim().toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** The force of a page that works on the user's own force only (the officers screen): a force role's own. */
    public String ownForce(String requested) {
        if (!role.forceBound()) {
            throw new ForbiddenException(username + " (" + role + ") has no force of its own to work on");
        }
        return pageForce(requested);
    }

    /** A local user logs in with a password (and may hold personal API tokens); others come from OpenID Connect. */
    public boolean local() {
        return passwordHash != null;
    }

    @Override
    public String toString() {
        return "ArcsUser[" + username + ", " + role + (force == null ? "" : ", " + force) + "]";
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
