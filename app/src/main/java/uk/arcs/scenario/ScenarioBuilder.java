package uk.arcs.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.arcs.force.Force;
import uk.arcs.force.Unit;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.SubmittedPostureChange;

/** Collects one force's scenario data, keeping each event's original recording time and recorder. */
final class ScenarioBuilder {

    private final Force force;
    private final List<Unit> units = new ArrayList<>();
    private final List<Officer> officers = new ArrayList<>();
    private final List<SubmittedEvent> events = new ArrayList<>();
    private final List<SubmittedPostureChange> posture = new ArrayList<>();

    ScenarioBuilder(Force force) {
        this.force = force;
    }

    Force force() {
        return force;
    }

    void unit(String code, String name, String command) {
        units.add(new Unit(force.code(), code, name, command));
    }

    void officer(Officer officer) {
        officers.add(officer);
    }

    void event(Officer officer, OfficerEventType type, Instant occurredAt, Instant recordedAt, String recordedBy,
               String reason, EventDetails details) {
        events.add(new SubmittedEvent("scenario", events.size() + 1,
                new NewOfficerEvent(officer.cipher(), type, occurredAt, reason, details),
                recordedAt, recordedBy, null, false));
    }

    void posture(PostureChange change, Instant recordedAt, String recordedBy) {
        posture.add(new SubmittedPostureChange("scenario", posture.size() + 1, change, recordedAt, recordedBy));
    }

    ForceScenario build() {
        return new ForceScenario(force, units, officers, events, posture);
    }
}
