package uk.arcs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.arcs.common.Actor;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
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

/**
 * Two forces on the London rota: REQ, short of ARV and counter-terrorism officers (one ARV officer and one
 * CTSFO per team against 2 cars of 2 and 2 CTSFOs), and DON, with three ARV officers per team against one
 * car of 2 (it can lend one officer per team, not two) and two CTSFOs per team it does not need. DON's
 * first ARV officer of team 1 has stepped back.
 */
public final class EscalationFixture {

    public static final ForceCode REQ = ForceCode.of("REQ");
    public static final ForceCode DON = ForceCode.of("DON");
    public static final ForceCode OTHER = ForceCode.of("OTHER");
    /** Team 1 works the night shift that starts on 23 September 2023. */
    public static final Instant NIGHT = TestForces.london("2023-09-24T02:00");

    private EscalationFixture() {
    }

    public static InMemoryArcs arcs() {
        InMemoryArcs arcs = new InMemoryArcs();
        arcs.clock.set(TestForces.london("2023-09-23T20:00"));
        force(arcs, REQ, 1, 1, 2, 2, 2);
        force(arcs, DON, 3, 2, 1, 2, 0);
        force(arcs, OTHER, 1, 0, 1, 2, 0);
        arcs.officers.record(DON, List.of(new NewOfficerEvent(Cipher.of("AR11"), OfficerEventType.STEPPED_BACK,
                TestForces.london("2023-09-20T10:00"), "reflection", EventDetails.NONE)), "supervisor").orThrow("step back");
        return arcs;
    }

    private static void force(InMemoryArcs arcs, ForceCode code, int arvPerTeam, int ctPerTeam, int cars, int crew,
                              int counterTerrorism) {
        Force force = new Force(code, code.value() + " Police", TestForces.LONDON, ShiftPattern.londonDefault());
        List<Officer> officers = new ArrayList<>();
        List<SubmittedEvent> events = new ArrayList<>();
        for (int team = 1; team <= 5; team++) {
            for (int i = 1; i <= arvPerTeam + ctPerTeam; i++) {
                boolean arv = i <= arvPerTeam;
                Officer officer = new Officer(code, Cipher.of((arv ? "AR" : "CT") + team + i), arv ? "ARV" : "CT", team);
                officers.add(officer);
                events.add(event(officer, OfficerEventType.AUTHORISED, EventDetails.NONE, events.size()));
                events.add(event(officer, OfficerEventType.ACCREDITED, EventDetails.accreditation(
                        arv ? Accreditation.ARV : Accreditation.CTSFO, LocalDate.of(2024, 6, 30)), events.size()));
            }
        }
        ScenarioSetup.load(arcs, force, List.of(new Unit(code, "ARV", "ARV", "Ops"), new Unit(code, "CT", "CT", "Ops")),
                officers, events, List.of(
                        posture(PostureEventType.ARV_REQUIREMENT, cars, crew),
                        posture(PostureEventType.CT_REQUIREMENT, counterTerrorism, null)));
    }

    private static SubmittedEvent event(Officer officer, OfficerEventType type, EventDetails details, int row) {
        return new SubmittedEvent("setup", row + 1, new NewOfficerEvent(officer.cipher(), type,
                TestForces.london("2023-01-02T09:00"), "setup", details), null, "hr", null, false);
    }

    private static SubmittedPostureChange posture(PostureEventType type, int quantity, Integer crew) {
        return SubmittedPostureChange.now("setup", 1, new PostureChange(type, TestForces.london("2023-01-01T00:00"),
                "setup", null, null, null, quantity, crew, null, null, null), "planner");
    }

    public static Actor gold(ForceCode force, String localTime) {
        return new Actor(force.value().toLowerCase() + ".gold", "STRATEGIC_COMMANDER", force.value(),
                TestForces.london(localTime), null);
    }

    public static Actor commander(ForceCode force, String localTime) {
        return new Actor(force.value().toLowerCase() + ".commander", "COMMANDER", force.value(),
                TestForces.london(localTime), null);
    }

    public static Actor coordinator(String localTime) {
        return new Actor("npocc", "NATIONAL_COORDINATOR", null, TestForces.london(localTime), null);
    }

    public static Actor liaison(String localTime) {
        return new Actor("mod", "MILITARY_LIAISON", null, TestForces.london(localTime), null);
    }

    /** Loads one force through the loader, all or nothing. */
    static final class ScenarioSetup {
        private ScenarioSetup() {
        }

        static void load(InMemoryArcs arcs, Force force, List<Unit> units, List<Officer> officers,
                         List<SubmittedEvent> events, List<SubmittedPostureChange> posture) {
            arcs.loader.load(List.of(new uk.arcs.scenario.ForceScenario(force, units, officers, events, posture)))
                    .orThrow("fixture " + force.code());
        }
    }
}
