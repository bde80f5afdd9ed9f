package uk.arcs.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftDefinition;
import uk.arcs.force.ShiftPattern;
import uk.arcs.force.Unit;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEventType;
import uk.arcs.posture.SubmittedPostureChange;
import uk.arcs.scenario.ForceScenario;

/**
 * A force with one 24-hour shift worked by everyone, so a forecast's answer depends on the step-back and
 * return history alone: officers AR100.. hold ARV until {@code validUntil}, and the posture needs {@code cars}
 * single-crewed cars. Histories are recorded as they happen.
 */
final class SyntheticForce {

    static final ForceCode SYN = ForceCode.of("SYN");
    static final Instant T = Instant.parse("2024-03-10T12:00:00Z");

    private final List<Officer> officers = new ArrayList<>();
    private final List<SubmittedEvent> events = new ArrayList<>();
    private final int cars;

    SyntheticForce(int officerCount, int cars, LocalDate validUntil) {
        this.cars = cars;
        for (int i = 0; i < officerCount; i++) {
            Officer officer = new Officer(SYN, new Cipher("AR" + (100 + i)), "ARV", 1);
            officers.add(officer);
            add(officer, OfficerEventType.AUTHORISED, T.minus(Duration.ofDays(300)), EventDetails.NONE);
            add(officer, OfficerEventType.ACCREDITED, T.minus(Duration.ofDays(200)),
                    EventDetails.accreditation(Accreditation.ARV, validUntil));
        }
    }

    Officer officer(int i) {
        return officers.get(i);
    }

    void add(Officer officer, OfficerEventType type, Instant at, EventDetails details) {
        events.add(new SubmittedEvent("history", events.size() + 1,
                new NewOfficerEvent(officer.cipher(), type, at, "history", details), at, "history", null, false));
    }

    void addOfficer(Officer officer, Accreditation accreditation, LocalDate validUntil) {
        officers.add(officer);
        add(officer, OfficerEventType.AUTHORISED, T.minus(Duration.ofDays(300)), EventDetails.NONE);
        add(officer, OfficerEventType.ACCREDITED, T.minus(Duration.ofDays(200)),
                EventDetails.accreditation(accreditation, validUntil));
    }

    InMemoryArcs load() {
        InMemoryArcs arcs = new InMemoryArcs();
        arcs.clock.set(T.plus(Duration.ofHours(1)));
        Force force = new Force(SYN, "Synthetic Constabulary", ZoneOffset.UTC, new ShiftPattern(
                List.of(ShiftDefinition.parse("DAY 00:00 PT24H")), List.of("DAY"), 1, 0, LocalDate.of(2024, 1, 1)));
        arcs.loader.load(List.of(new ForceScenario(force, List.of(new Unit(SYN, "ARV", "ARV", "Ops"),
                new Unit(SYN, "TRAINING", "Training", "Ops")), officers, events,
                List.of(new SubmittedPostureChange("posture", 1, new PostureChange(PostureEventType.ARV_REQUIREMENT,
                        T.minus(Duration.ofDays(100)), "posture", null, null, null, cars, 1, null, null, null),
                        T.minus(Duration.ofDays(100)), "planner"))))).orThrow("synthetic force");
        return arcs;
    }
}
