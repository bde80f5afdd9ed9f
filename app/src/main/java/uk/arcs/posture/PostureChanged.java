package uk.arcs.posture;

import uk.arcs.force.ForceCode;

/** Published after a batch of posture changes was committed. */
public record PostureChanged(ForceCode force, int changes) {
}
