package uk.arcs.common;

import java.io.PrintStream;
import java.util.List;

/** A subcommand of the {@code ./arcs} launcher that runs against the database and exits. */
public interface CliCommand {

    String name();

    /** Runs the command; returns the process exit code (0 done, 2 refused or misused). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
