package uk.arcs.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from configuration, for {@code ./arcs serve}: {@code arcs.security.users[0].username=...},
 * {@code password={bcrypt}...}, {@code role=PLANNER}, {@code force=MET}.
 */
@ConfigurationProperties("arcs.security")
record ArcsSecurityProperties(List<User> users) {

    ArcsSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record User(String username, String password, Role role, String force) {
    }
}
