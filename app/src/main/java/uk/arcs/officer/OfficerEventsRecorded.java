package uk.arcs.officer;

import java.time.Instant;
import uk.arcs.force.ForceCode;

/** Published after a batch of officer events was committed. */
public record OfficerEventsRecorded(ForceCode force, int events, int officersRegistered, Instant recordedAt) {
}
