package uk.arcs.audit.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.arcs.audit.AuditLog;
import uk.arcs.audit.ChainCheck;
import uk.arcs.common.CliCommand;

/** {@code ./arcs audit verify}: walks the audit chain. Exit codes: 0 intact, 1 broken, 2 misused. */
@Component
class AuditCommand implements CliCommand {

    private final AuditLog audit;

    AuditCommand(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.equals(List.of("verify"))) {
            err.println("usage: arcs audit verify");
            return 2;
        }
        return switch (audit.verify()) {
            case ChainCheck.Intact intact -> {
                out.printf("OK: the audit chain of %d records is intact%s%n", intact.records(), intact.records() == 0 ? ""
                        : "; the last is record " + intact.headSequence() + " with hash " + intact.headHash());
                yield 0;
            }
            case ChainCheck.Broken broken -> {
                out.printf("BROKEN at record %d: %s%n", broken.sequence(), broken.reason());
                out.println(broken.sequence() == 1 ? "no record of the chain can be trusted"
                        : "records 1 to " + (broken.sequence() - 1) + " are intact; from record " + broken.sequence()
                        + " on, nothing can be trusted");
                yield 1;
            }
        };
    }
}
