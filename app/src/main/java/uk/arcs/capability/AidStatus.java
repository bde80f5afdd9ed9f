package uk.arcs.capability;

import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerStatus;

/** An officer on loan to the force, as recorded by the lending force at the instant. */
public record AidStatus(ForceCode donor, OfficerStatus status, boolean counterTerrorism) {
}
