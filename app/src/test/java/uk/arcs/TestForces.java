package uk.arcs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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

/** A small force on the London rota, and shorthand for its officers and events. */
public final class TestForces {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final ForceCode TEST = ForceCode.of("TEST");

    private TestForces() {
    }

    public static Force force() {
        return new Force(TEST, "Test Constabulary", LONDON, ShiftPattern.londonDefault());
    }

    public static List<Unit> units() {
        return List.of(new Unit(TEST, "ARV", "Armed response vehicles", "Operations"),
                new Unit(TEST, "PROT", "Protection", "Operations"),
                new Unit(TEST, "AIRPORT", "Airport", "Operations"),
                new Unit(TEST, "CT", "Counter-terrorism", "Operations"));
    }

    public static void register(InMemoryArcs arcs) {
        arcs.register(force(), units());
    }

    public static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    public static Officer officer(String cipher, String unit, Integer team) {
        return new Officer(TEST, new Cipher(cipher), unit, team);
    }

    public static NewOfficerEvent event(String cipher, OfficerEventType type, String localTime) {
        return new NewOfficerEvent(new Cipher(cipher), type, london(localTime), "test: " + type, EventDetails.NONE);
    }

    public static NewOfficerEvent accredited(String cipher, Accreditation accreditation, String localTime,
                                             LocalDate validUntil) {
        return new NewOfficerEvent(new Cipher(cipher), OfficerEventType.ACCREDITED, london(localTime), "requalified",
                EventDetails.accreditation(accreditation, validUntil));
    }

    public static NewOfficerEvent absence(String cipher, OfficerEventType type, String from, String until) {
        return new NewOfficerEvent(new Cipher(cipher), type, london(from), "test: " + type,
                EventDetails.absenceUntil(until == null ? null : london(until)));
    }

    public static NewOfficerEvent correction(String cipher, long eventId, String localTime) {
        return new NewOfficerEvent(new Cipher(cipher), OfficerEventType.RECORDED_IN_ERROR, london(localTime),
                "recorded against the wrong officer", EventDetails.correcting(eventId));
    }
}
