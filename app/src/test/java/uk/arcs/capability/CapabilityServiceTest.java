package uk.arcs.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.TEST;
import static uk.arcs.TestForces.accredited;
import static uk.arcs.TestForces.correction;
import static uk.arcs.TestForces.event;
import static uk.arcs.TestForces.london;
import static uk.arcs.TestForces.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEventType;
import uk.arcs.posture.SubmittedPostureChange;

/** Pictures follow what is recorded, as soon as it is committed, and stay reproducible as known earlier. */
class CapabilityServiceTest {

    /** Team 1 works the night shift that starts on 23 September 2023. */
    private static final Instant NIGHT = london("2023-09-24T02:00");

    private InMemoryArcs arcs;

    @BeforeEach
    void sixArvOfficersOnNightsAndTwoCarsRequired() {
        arcs = new InMemoryArcs();
        arcs.clock.set(london("2023-09-01T12:00"));
        TestForces.register(arcs);
        List<Officer> officers = new ArrayList<>();
        List<SubmittedEvent> events = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String cipher = "AR10" + i;
            officers.add(officer(cipher, "ARV", 1));
            events.add(SubmittedEvent.now("setup", events.size() + 1,
                    event(cipher, OfficerEventType.AUTHORISED, "2020-01-06T09:00"), "hr"));
            events.add(SubmittedEvent.now("setup", events.size() + 1,
                    accredited(cipher, Accreditation.ARV, "2023-01-10T16:00", LocalDate.of(2024, 1, 9)), "hr"));
        }
        arcs.officers.write(TEST, officers, events).orThrow("officers");
        recordArvRequirement("2023-09-01T00:00", 2);
    }

    private void recordArvRequirement(String from, int cars) {
        PostureChange change = new PostureChange(PostureEventType.ARV_REQUIREMENT, london(from), "ARV posture", null,
                null, null, cars, 3, null, null, null);
        arcs.postures.record(TEST, List.of(SubmittedPostureChange.now("posture", 1, change, "planner")))
                .orThrow("posture");
    }

    private CapabilityPicture pictureNow() {
        return arcs.capability.picture(TEST, NIGHT, null);
    }

    @Test
    void aPostureChangeRecordedAfterAPictureIsInTheNextPicture() {
        assertThat(pictureNow().arv().carsRequired()).isEqualTo(2);
        Instant beforeTheChange = arcs.clock.instant();

        arcs.clock.set(london("2023-09-20T12:00"));
        recordArvRequirement("2023-09-20T00:00", 3);

        assertThat(pictureNow().arv().carsRequired()).isEqualTo(3);
        assertThat(pictureNow().arv().carsShortfall()).isEqualTo(1);
        assertThat(arcs.capability.picture(TEST, NIGHT, beforeTheChange).arv().carsRequired())
                .as("as known before the change").isEqualTo(2);
    }

    @Test
    void anOfficerEventRecordedAfterAPictureIsInTheNextPicture() {
        arcs.clock.set(london("2023-09-24T03:00"));
        assertThat(pictureNow().arv().carsAvailable()).isEqualTo(2);

        arcs.officers.record(TEST, List.of(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-23T18:00")),
                "supervisor").orThrow("step back");

        assertThat(pictureNow().arv().carsAvailable()).isEqualTo(1);
        assertThat(pictureNow().steppedBack()).isEqualTo(1);
        assertThat(arcs.capability.picture(TEST, NIGHT, london("2023-09-24T02:59")).arv().carsAvailable())
                .as("as known before the step-back was recorded").isEqualTo(2);
    }

    @Test
    void aPictureAsKnownBeforeACorrectionStillShowsTheCorrectedEvent() {
        arcs.clock.set(london("2023-09-23T19:00"));
        OfficerEvent mistaken = arcs.officers.record(TEST,
                List.of(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-23T18:00")), "supervisor")
                .orThrow("step back").getFirst();
        arcs.clock.set(london("2023-10-02T09:00"));
        arcs.officers.record(TEST, List.of(correction("AR101", mistaken.id(), "2023-10-02T09:00")), "supervisor")
                .orThrow("correction");

        assertThat(arcs.capability.picture(TEST, NIGHT, london("2023-09-24T02:00")).steppedBack())
                .as("what the commander saw that night").isEqualTo(1);
        assertThat(arcs.capability.picture(TEST, NIGHT, london("2023-09-24T02:00")).arv().carsAvailable()).isEqualTo(1);
        assertThat(pictureNow().steppedBack()).as("after the correction").isZero();
        assertThat(pictureNow().arv().carsAvailable()).isEqualTo(2);
    }
}
