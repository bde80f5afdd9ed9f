package uk.arcs.operations.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import uk.arcs.common.CliCommand;

/**
 * {@code ./arcs backup --to FILE}: a consistent copy of the embedded H2 database, made with H2's {@code BACKUP TO}
 * (a zip holding arcs.mv.db). PostgreSQL is backed up with its own tools (docs/operations.md). The identity vault's
 * key is not in the backup: it is kept apart, by design.
 */
@Component
class BackupCommand implements CliCommand {

    private final DataSource dataSource;

    BackupCommand(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.getFirst().equals("--to")) {
            err.println("usage: arcs backup --to FILE.zip");
            return 2;
        }
        Path target = Path.of(args.get(1)).toAbsolutePath().normalize();
        if (Files.exists(target)) {
            err.println("arcs backup: " + target + " exists already; a backup never overwrites a file, choose a new name");
            return 2;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:")) {
                err.println("arcs backup: the database is not the embedded H2 database (ARCS_DB_URL is set); back "
                        + "PostgreSQL up with pg_dump, as docs/operations.md shows");
                return 2;
            }
            if (url.startsWith("jdbc:h2:mem:")) {
                err.println("arcs backup: an in-memory database has nothing to back up");
                return 2;
            }
            Files.createDirectories(target.getParent());
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            out.printf("backed up the embedded database to %s (%d bytes); restore it with: ./arcs restore --from %s%n",
                    target, Files.size(target), target);
            out.println("the identity vault's key is not in the backup: keep ARCS_IDENTITY_KEY safe on its own");
            return 0;
        } catch (SQLException | java.io.IOException e) {
            err.println("arcs backup: " + e.getMessage());
            return 2;
        }
    }
}
