package uk.arcs.command;

import java.time.Instant;
import java.util.List;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;

/**
 * The seats a force's latest deployment plan leaves empty: the shortfall a roster cannot fill with the officers
 * there are. The planning module implements this port; the escalation advice reads it.
 */
public interface PlannedShortfall {

    /** The unfilled seats of the latest finished plan in the shift in progress at {@code at}; empty when no plan covers it. */
    List<UnfilledSeat> unfilledAt(ForceCode force, Instant at);

    /** {@code kind} is CT, ARV or SITE. */
    record UnfilledSeat(String seat, String kind, Accreditation accreditation, Instant start, Instant end) {
    }

    PlannedShortfall NONE = (force, at) -> List.of();
}
