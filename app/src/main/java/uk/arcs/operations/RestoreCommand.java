package uk.arcs.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * {@code ./arcs restore --from FILE}: puts a backup made by {@code ./arcs backup} back as the embedded database.
 * It runs with ARCS stopped and before any database is opened, and never overwrites a database: the one in the data
 * directory must be moved aside first.
 */
public final class RestoreCommand {

    static final String DATABASE = "arcs";
    static final String DATABASE_FILE = DATABASE + ".mv.db";

    private RestoreCommand() {
    }

    /** Returns the exit code: 0 restored, 2 refused or misused. */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.getFirst().equals("--from")) {
            err.println("usage: arcs restore --from FILE.zip   (with ARCS stopped; restores into ARCS_DATA_DIR)");
            return 2;
        }
        String postgres = environment.get("ARCS_DB_URL");
        if (postgres != null && !postgres.isBlank()) {
            err.println("arcs restore: ARCS_DB_URL is set, so the database is PostgreSQL; restore it with pg_restore, "
                    + "as docs/operations.md shows");
            return 2;
        }
        Path backup = Path.of(args.get(1)).toAbsolutePath().normalize();
        Path dataDir = Path.of(environment.getOrDefault("ARCS_DATA_DIR", "./data")).toAbsolutePath().normalize();
        Path database = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(backup)) {
            err.println("arcs restore: " + backup + " is not a file");
            return 2;
        }
        if (Files.exists(database)) {
            err.println("arcs restore: " + database + " exists; restore never overwrites a database. Stop ARCS, move "
                    + "it aside (mv " + database + " " + database + ".old) and run this again");
            return 2;
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(DATABASE_FILE) == null) {
                err.println("arcs restore: " + backup + " is not an ARCS backup (it holds no " + DATABASE_FILE + ")");
                return 2;
            }
        } catch (IOException e) {
            err.println("arcs restore: " + backup + " is not a zip file: " + e.getMessage());
            return 2;
        }
        try {
            Files.createDirectories(dataDir);
            org.h2.tools.Restore.execute(backup.toString(), dataDir.toString(), DATABASE);
        } catch (IOException | RuntimeException e) {
            err.println("arcs restore: " + e.getMessage());
            return 2;
        }
        out.println("restored " + database + " from " + backup + "; start ARCS as usual (with the same "
                + "ARCS_IDENTITY_KEY, or the identity vault stays sealed)");
        return 0;
    }
}
