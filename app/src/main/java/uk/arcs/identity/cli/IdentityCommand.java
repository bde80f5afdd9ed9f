package uk.arcs.identity.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.arcs.common.CliCommand;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.identity.IdentityVault;
import uk.arcs.identity.VaultLockedException;

/**
 * {@code ./arcs identity status} (the keys and how many versions each seals) and {@code ./arcs identity rekey}
 * (re-seal every version under the current key, so that old keys can be retired). Neither prints a name.
 */
@Component
class IdentityCommand implements CliCommand {

    private static final int SHOWN_ERRORS = 50;

    private final IdentityVault vault;

    IdentityCommand(IdentityVault vault) {
        this.vault = vault;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !List.of("status", "rekey").contains(args.getFirst())) {
            err.println("usage: arcs identity status | arcs identity rekey");
            return 2;
        }
        try {
            return args.getFirst().equals("status") ? status(out) : rekey(out, err);
        } catch (VaultLockedException e) {
            err.println("arcs identity: " + e.getMessage());
            return 2;
        }
    }

    private int status(PrintStream out) {
        IdentityVault.Status status = vault.status();
        out.println("current key: " + (status.unlocked() ? status.currentKeyId() : "none (the vault is locked)"));
        out.println("older keys for reading: " + (status.oldKeyIds().isEmpty() ? "none" : String.join(", ",
                status.oldKeyIds())));
        out.println("officers with a sealed identity: " + status.officers());
        for (Map.Entry<String, Long> key : status.versionsByKey().entrySet()) {
            String note = key.getKey().equals(status.currentKeyId()) ? " (current)"
                    : status.oldKeyIds().contains(key.getKey()) ? " (older key; run: arcs identity rekey)"
                    : " (NOT CONFIGURED: these versions cannot be opened)";
            out.println("  versions sealed under " + key.getKey() + ": " + key.getValue() + note);
        }
        return 0;
    }

    private int rekey(PrintStream out, PrintStream err) {
        String by = "cli:" + System.getProperty("user.name", "unknown");
        return switch (vault.rekey(by)) {
            case Outcome.Recorded<IdentityVault.Rekeyed> done -> {
                out.printf("re-sealed %d versions under key %s (%d were already under it)%n", done.value().resealed(),
                        done.value().keyId(), done.value().alreadyCurrent());
                yield 0;
            }
            case Outcome.Rejected<IdentityVault.Rekeyed> refused -> {
                err.println("arcs identity rekey: refused, nothing was changed (" + refused.errors().size()
                        + " versions cannot be opened)");
                refused.errors().stream().limit(SHOWN_ERRORS).map(RowError::message).forEach(m -> err.println("  " + m));
                yield 2;
            }
        };
    }
}
