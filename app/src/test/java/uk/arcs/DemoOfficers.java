package uk.arcs;

import java.time.Instant;
import java.util.List;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerRegistry;

/**
 * Officers of the London 2023 demo for tests that share its database: chosen from what is recorded when the
 * test runs, so a test finds fresh officers however often the suite has run against the same database.
 */
public final class DemoOfficers {

    private DemoOfficers() {
    }

    /** The ciphers of a unit's officers in a status now, in cipher order. */
    public static List<String> now(OfficerRegistry officers, ForceCode force, String unit, AuthorisationStatus status) {
        Instant now = officers.now();
        return officers.statusesAt(force, now, now).stream()
                .filter(s -> s.officer().unit().equals(unit) && s.status() == status)
                .map(s -> s.officer().cipher().value()).toList();
    }

    /** A cipher of {@code force} that {@code other} does not use (forces may reuse each other's ciphers). */
    public static String onlyIn(OfficerRegistry officers, ForceCode force, ForceCode other) {
        return officers.officers(force).stream().map(o -> o.cipher().value())
                .filter(c -> officers.officers(other).stream().noneMatch(o -> o.cipher().value().equals(c)))
                .findFirst().orElseThrow();
    }
}
