package uk.arcs.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users who log in with a password: those of {@code arcs.security.users}, and under {@code ./arcs demo} the
 * demo logins. Fixed at startup; a weak stored password stops the startup, naming the user.
 */
final class LocalUsers implements UserDetailsService {

    private final Map<String, ArcsUser> users;

    private LocalUsers(Map<String, ArcsUser> users) {
        this.users = Map.copyOf(users);
    }

    /** Configured users, then (when {@code demo}) the demo logins not configured, each with the password "demo". */
    static LocalUsers of(List<ArcsSecurityProperties.User> configured, boolean demo, PasswordEncoder encoder) {
        Map<String, ArcsUser> users = new LinkedHashMap<>();
        for (ArcsSecurityProperties.User user : configured) {
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalArgumentException("arcs.security.users: every user needs a username");
            }
            if (users.containsKey(user.username())) {
                throw new IllegalArgumentException("arcs.security.users: user " + user.username() + " is configured twice");
            }
            PasswordHashing.requireStrong(user.username(), user.password());
            users.put(user.username(), new ArcsUser(user.username(), user.password().trim(), user.role(), user.force()));
        }
        if (demo) {
            String hash = encoder.encode("demo");
            for (String line : SecurityConfiguration.DEMO_USERS) {
                String[] parts = line.split(":", -1);
                users.putIfAbsent(parts[0], new ArcsUser(parts[0], hash, Role.valueOf(parts[1]), parts[2]));
            }
        }
        return new LocalUsers(users);
    }

    Optional<ArcsUser> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(users.get(username));
    }

    boolean isEmpty() {
        return users.isEmpty();
    }

    @Override
    public ArcsUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
