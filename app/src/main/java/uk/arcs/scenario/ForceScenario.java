package uk.arcs.scenario;

import java.util.List;
import uk.arcs.force.Force;
import uk.arcs.force.Unit;
import uk.arcs.officer.Officer;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.SubmittedPostureChange;

/** Everything one force brings to a scenario or an import: its setup, officers, event log and posture log. */
public record ForceScenario(Force force, List<Unit> units, List<Officer> officers, List<SubmittedEvent> events,
                            List<SubmittedPostureChange> posture) {

    public ForceScenario {
        units = List.copyOf(units);
        officers = List.copyOf(officers);
        events = List.copyOf(events);
        posture = List.copyOf(posture);
    }
}
