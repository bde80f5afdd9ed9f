package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHashingTest {

    record Run(int exitCode, String out, String err) {
    }

    private static Run hashPassword(String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PasswordHashing.hashPasswordCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void users(String username, String password) {
        LocalUsers.of(List.of(new ArcsSecurityProperties.User(username, password, Role.PLANNER, "MET")), false,
                PasswordHashing.encoder());
    }

    @Test
    void hashPasswordPrintsABcryptHashOfCostTwelveThatTheServerAccepts() {
        Run run = hashPassword("a long enough secret\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String hash = run.out().trim();
        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(PasswordHashing.encoder().matches("a long enough secret", hash)).isTrue();
        users("met.planner", hash);
    }

    @Test
    void hashPasswordRefusesAnEmptyOrShortPassword() {
        Run empty = hashPassword("");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no password given");
        Run shortOne = hashPassword("demo\n");
        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("use at least 12");
        assertThat(shortOne.out()).isEmpty();
    }

    @Test
    void weakStoredPasswordsAreRefusedNamingTheUser() {
        assertThatThrownBy(() -> users("met.planner", "{noop}secret")).hasMessageContaining("user met.planner")
                .hasMessageContaining("{noop}").hasMessageContaining("./arcs hash-password");
        assertThatThrownBy(() -> users("met.gold", "{sha256}97ba1f5c0b4e8bbe4bc3f0b7a8fd3e6b"))
                .hasMessageContaining("user met.gold").hasMessageContaining("{sha256}");
        assertThatThrownBy(() -> users("met.gold", "plain-text-password")).hasMessageContaining("an unencoded password");
        String costTen = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("whatever it is");
        assertThatThrownBy(() -> users("kent.gold", costTen)).hasMessageContaining("user kent.gold")
                .hasMessageContaining("has cost 10");
        assertThatThrownBy(() -> users("kent.gold", null)).hasMessageContaining("user kent.gold has no password");
    }

    @Test
    void demoUsersAreHashedWithTheSameStrength() {
        LocalUsers demo = LocalUsers.of(List.of(), true, PasswordHashing.encoder());
        ArcsUser gold = demo.loadUserByUsername("met.gold");
        assertThat(gold.passwordHash()).startsWith("{bcrypt}$2a$12$");
        assertThat(gold.toString()).as("no hash in logs").doesNotContain("$2a$");
    }
}
