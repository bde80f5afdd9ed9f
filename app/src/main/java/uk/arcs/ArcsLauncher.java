package uk.arcs;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.audit.AuditLog;
import uk.arcs.audit.Origin;
import uk.arcs.common.CliCommand;
import uk.arcs.operations.RestoreCommand;

/**
 * The process entry point behind {@code ./arcs}: {@code serve} (the server), {@code demo} (the server with
 * demo users and the London 2023 scenario), or a command that runs against the database and exits.
 */
public final class ArcsLauncher {

    private ArcsLauncher() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "serve" -> server(false, rest);
            case "demo" -> server(true, rest);
            // Before any database is opened: restore puts a database file in place.
            case "restore" -> System.exit(RestoreCommand.run(List.of(rest), System.getenv(), System.out, System.err));
            case "hash-password" -> System.exit(uk.arcs.security.PasswordHashing.hashPasswordCommand(System.in,
                    System.out, System.err));
            default -> System.exit(runCommand(command, rest));
        }
    }

    private static void server(boolean demo, String[] args) {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("arcs.demo", demo);
        application.setDefaultProperties(defaults);
        application.run(args);
    }

    /**
     * {@code --scenario london-2023} runs the command against a fresh in-memory database holding the built-in
     * scenario, so the recorded data are never touched; the command still sees the option.
     */
    static String[] springArguments(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--scenario") && args[i + 1].equals("london-2023")) {
                return new String[] {"--spring.datasource.url=jdbc:h2:mem:scenario;DB_CLOSE_DELAY=-1",
                        "--arcs.demo=true"};
            }
        }
        return new String[0];
    }

    private static int runCommand(String command, String[] args) {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("arcs.demo", false, "spring.main.banner-mode", "off",
                "logging.level.root", "ERROR"));
        try (ConfigurableApplicationContext context = application.run(springArguments(args))) {
            List<CliCommand> commands = context.getBeansOfType(CliCommand.class).values().stream().toList();
            return commands.stream().filter(c -> c.name().equals(command)).findFirst()
                    .map(c -> run(context, c, List.of(args), System.out, System.err))
                    .orElseGet(() -> {
                        System.err.println("arcs: unknown command '" + command + "'; known: serve, demo, "
                                + String.join(", ", commands.stream().map(CliCommand::name).sorted().toList()));
                        return 2;
                    });
        } catch (RuntimeException e) {
            if (databaseInUse(e)) {
                System.err.println("arcs " + command + ": the embedded database is in use by a running ARCS server; "
                        + "stop the server first (see docs/operations.md)");
                return 2;
            }
            throw e;
        }
    }

    /** H2 refuses a second process on an embedded database file; that is a plain mistake, not a crash. */
    static boolean databaseInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command on behalf of the command line, so the audit log records its writes as made by {@code cli}. */
    public static int run(ConfigurableApplicationContext context, CliCommand command, List<String> args, PrintStream out,
                          PrintStream err) {
        return context.getBean(AuditLog.class).acting(Origin.cli(command.name(), args), () -> command.run(args, out, err));
    }
}
