package uk.arcs.command;

import java.time.Instant;
import java.util.List;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.DecisionTaken;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/** Records every decision with the picture it was taken on, as known when it was recorded. */
public final class DecisionLog {

    private final DecisionStore store;
    private final CapabilityService capability;
    private final ForceDirectory forces;
    private long nextId = -1;

    public DecisionLog(DecisionStore store, CapabilityService capability, ForceDirectory forces) {
        this.store = store;
        this.capability = capability;
        this.forces = forces;
    }

    /** Called inside the transaction that acts on the decision, so both are recorded or neither. */
    public synchronized Decision record(DecisionTaken taken) {
        if (nextId < 0) {
            nextId = store.maxId() + 1;
        }
        CapabilityPicture picture = capability.picture(ForceCode.of(taken.force()), taken.at(), taken.recordedAt());
        Decision decision = new Decision(nextId++, taken.force(), taken.decision(), taken.rationale(),
                taken.decidedBy(), taken.role(), taken.at(), taken.recordedAt(), taken.references(), picture);
        store.insert(decision);
        return decision;
    }

    public List<Decision> decisions(ForceCode force, Instant from, Instant to) {
        forces.require(force);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        return store.forForce(force.value(), from, to);
    }
}
