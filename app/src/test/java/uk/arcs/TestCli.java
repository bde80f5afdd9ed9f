package uk.arcs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.common.CliCommand;

/** ARCS as the launcher runs a command: no web server, a database of the test's choosing, and captured output. */
public final class TestCli {

    private TestCli() {
    }

    public record Run(int exitCode, String out, String err) {
    }

    /** Starts ARCS on that JDBC URL with these extra {@code --name=value} arguments. */
    public static ConfigurableApplicationContext start(String url, String... arguments) {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url));
        args.addAll(List.of(arguments));
        return application.run(args.toArray(String[]::new));
    }

    /** Writes the CSV files of a small force, NORTH, with two authorised officers (NA101, NA102), into {@code dir}. */
    public static Path smallForce(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("force.csv"), """
                code,name,timeZone,shifts,rota,teams,teamOffsetDays,rotaEpoch
                NORTH,North Constabulary,Europe/London,DAY 08:00 PT10H,"DAY,DAY,REST",3,1,2023-01-02
                """);
        Files.writeString(dir.resolve("units.csv"), "code,name,command\nARV,Armed response,Operations\n");
        Files.writeString(dir.resolve("officers.csv"), "cipher,unit,team\nNA101,ARV,1\nNA102,ARV,2\n");
        Files.writeString(dir.resolve("events.csv"), """
                cipher,type,occurredAt,reason
                NA101,AUTHORISED,2021-05-04T09:00,initial course
                NA102,AUTHORISED,2021-05-04T09:00,initial course
                NA102,STEPPED_BACK,2023-09-23T18:00,reflection
                """);
        return dir;
    }

    public static Run run(ConfigurableApplicationContext context, String command, String... args) {
        CliCommand cli = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.name().equals(command)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
