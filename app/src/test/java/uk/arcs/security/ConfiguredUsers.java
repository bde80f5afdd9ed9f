package uk.arcs.security;

import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Users for a test server, as {@code arcs.security.users} would give them, all with one password. */
final class ConfiguredUsers {

    private ConfiguredUsers() {
    }

    /** Each user as "username:ROLE:FORCE" (FORCE empty for a national role). */
    static void register(DynamicPropertyRegistry registry, String password, List<String> users) {
        String hash = PasswordHashing.encoder().encode(password);
        for (int i = 0; i < users.size(); i++) {
            String[] user = users.get(i).split(":", -1);
            registry.add("arcs.security.users[" + i + "].username", () -> user[0]);
            registry.add("arcs.security.users[" + i + "].password", () -> hash);
            registry.add("arcs.security.users[" + i + "].role", () -> user[1]);
            registry.add("arcs.security.users[" + i + "].force", () -> user[2]);
        }
    }
}
