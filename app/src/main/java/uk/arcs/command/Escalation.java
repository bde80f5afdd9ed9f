package uk.arcs.command;

import java.time.Instant;
import java.util.List;
import uk.arcs.force.Accreditation;

/** Where a force stands on the escalation ladder at an instant, and what the rules advise. */
public record Escalation(String force, Instant at, Instant knownAt, Military military, MutualAid mutualAid,
                         List<Advice> advice) {

    public record Military(String state, Instant since, String incident) {
    }

    public record MutualAid(int officersDeployed, List<Request> requests) {
    }

    public record Request(long id, Accreditation accreditation, int officers, Instant from, Instant until,
                          boolean counterTerrorism, boolean open, int officersOffered, int officersDeployed,
                          List<String> asked, List<String> declinedBy) {
    }
}
