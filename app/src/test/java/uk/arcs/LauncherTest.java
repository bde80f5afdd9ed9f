package uk.arcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code ./arcs} launcher finds a JDK 21+ by itself, so a newcomer never sets anything. */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "arcs").toAbsolutePath().normalize();

    record Run(int exitCode, String out, String err) {
    }

    private static Run arcs(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheTwoCommands() throws Exception {
        Run help = arcs(Map.of(), "help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("./arcs demo").contains("./arcs test").contains("./arcs import")
                .contains("./arcs bench").contains("./arcs audit verify").contains("./arcs hash-password");
    }

    @Test
    void javaHomeOlderThan21IsPassedOverForANewerJdk() throws Exception {
        Path java17 = Files.list(Path.of("/usr/lib/jvm"))
                .filter(p -> p.getFileName().toString().contains("17") && Files.isExecutable(p.resolve("bin/java")))
                .findFirst().orElse(null);
        Run help = arcs(java17 == null ? Map.of() : Map.of("JAVA_HOME", java17.toString()), "help");
        assertThat(help.exitCode()).isZero();
        if (java17 != null) {
            assertThat(help.err()).contains("is Java 17; looking for Java 21+ under /usr/lib/jvm");
        }
    }

    @Test
    void unknownCommandIsRefusedWithTheHelp() throws Exception {
        Run run = arcs(Map.of(), "launch-missiles");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'launch-missiles'").contains("./arcs demo");
    }
}
