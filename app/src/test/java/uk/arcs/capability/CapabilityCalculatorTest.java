package uk.arcs.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.arcs.TestForces;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.SiteRequirement;
import uk.arcs.posture.ThreatLevel;

class CapabilityCalculatorTest {

    /** Team 1 works the night shift that starts on 23 September 2023. */
    private static final Instant NIGHT = london("2023-09-24T02:00");
    private static final int ON_NIGHTS = 1;
    private static final int RESTING = 2;

    private final List<OfficerStatus> officers = new ArrayList<>();
    private int next = 100;

    private void add(int count, String unit, Integer team, AuthorisationStatus status, Absence absence,
                     Accreditation... accreditations) {
        for (int i = 0; i < count; i++) {
            officers.add(new OfficerStatus(TestForces.officer("AB" + next++, unit, team), status,
                    accreditations.length == 0 ? EnumSet.noneOf(Accreditation.class) : EnumSet.of(accreditations[0], accreditations),
                    EnumSet.noneOf(Accreditation.class), absence));
        }
    }

    private void arv(int count, Integer team) {
        add(count, "ARV", team, AuthorisationStatus.AUTHORISED, Absence.NONE, Accreditation.ARV);
    }

    private static Posture posture(int cars, int crew, int counterTerrorism, SiteRequirement... sites) {
        return new Posture(ThreatLevel.SUBSTANTIAL, Posture.DEFAULT_UPLIFT, cars, crew, List.of(sites), counterTerrorism);
    }

    private CapabilityPicture picture(Posture posture) {
        return CapabilityCalculator.compute(TestForces.force(), posture, NIGHT, NIGHT, officers);
    }

    private static CapabilityPicture.Capability line(CapabilityPicture picture, Accreditation accreditation) {
        return picture.capabilities().stream().filter(c -> c.accreditation() == accreditation).findFirst().orElseThrow();
    }

    @Test
    void carsAvailableCountsOnlyFullCrews() {
        arv(8, ON_NIGHTS);
        CapabilityPicture picture = picture(posture(15, 3, 0));
        assertThat(picture.arv().carsAvailable()).isEqualTo(2);
        assertThat(picture.arv().carsShortfall()).isEqualTo(13);
        assertThat(picture.arv().officersAvailable()).isEqualTo(8);
        assertThat(line(picture, Accreditation.ARV).shortfall()).isEqualTo(37);
        assertThat(picture.postureMet()).isFalse();
    }

    @Test
    void steppedBackOfficerIsNotCountedAsAvailable() {
        arv(3, ON_NIGHTS);
        add(3, "ARV", ON_NIGHTS, AuthorisationStatus.STEPPED_BACK, Absence.NONE, Accreditation.ARV);
        CapabilityPicture picture = picture(posture(2, 3, 0));
        assertThat(picture.arv().carsAvailable()).isEqualTo(1);
        assertThat(line(picture, Accreditation.ARV).authorised()).isEqualTo(3);
        assertThat(picture.officers().steppedBack()).isEqualTo(3);
        assertThat(picture.officers().total()).isEqualTo(6);
    }

    @Test
    void steppedBackOfficerCountsAsSteppedBackUnderEachAccreditationHeld() {
        arv(2, ON_NIGHTS);
        add(3, "SFO", ON_NIGHTS, AuthorisationStatus.STEPPED_BACK, Absence.NONE, Accreditation.ARV, Accreditation.SFO);
        add(1, "SFO", ON_NIGHTS, AuthorisationStatus.SUSPENDED, Absence.NONE, Accreditation.SFO);
        CapabilityPicture picture = picture(posture(1, 3, 0));
        assertThat(line(picture, Accreditation.ARV).steppedBack()).isEqualTo(3);
        assertThat(line(picture, Accreditation.SFO).steppedBack()).isEqualTo(3);
        assertThat(line(picture, Accreditation.ARV).authorised()).isEqualTo(2);
        assertThat(line(picture, Accreditation.CTSFO).steppedBack()).isZero();
    }

    @Test
    void officerOnARestDayIsAuthorisedButNotOnDuty() {
        arv(6, RESTING);
        CapabilityPicture picture = picture(posture(1, 3, 0));
        assertThat(line(picture, Accreditation.ARV).authorised()).isEqualTo(6);
        assertThat(line(picture, Accreditation.ARV).onDuty()).isZero();
        assertThat(picture.arv().carsAvailable()).isZero();
    }

    @Test
    void officersOffTheRotaAreNeverOnDuty() {
        arv(6, null);
        assertThat(line(picture(posture(1, 3, 0)), Accreditation.ARV).onDuty()).isZero();
    }

    @Test
    void restrictedOfficerIsOnDutyButNotAvailableAndLeaveKeepsOfficersOffDuty() {
        add(2, "ARV", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.RESTRICTED, Accreditation.ARV);
        add(2, "ARV", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.ANNUAL_LEAVE, Accreditation.ARV);
        add(2, "ARV", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.SICK, Accreditation.ARV);
        arv(1, ON_NIGHTS);
        CapabilityPicture.Capability arv = line(picture(posture(1, 3, 0)), Accreditation.ARV);
        assertThat(arv.authorised()).isEqualTo(7);
        assertThat(arv.onDuty()).isEqualTo(3);
        assertThat(arv.available()).isEqualTo(1);
    }

    @Test
    void sitePostsAreStaffedOnlyByTheSiteUnitInTheOrderSitesWereRequired() {
        add(10, "PROT", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.NONE, Accreditation.PROTECTION_AFO);
        add(5, "AIRPORT", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.NONE, Accreditation.PROTECTION_AFO);
        CapabilityPicture picture = picture(posture(0, 3, 0,
                new SiteRequirement("PARLIAMENT", "Parliament", Accreditation.PROTECTION_AFO, 8, false, "PROT"),
                new SiteRequirement("DOWNING_STREET", "Downing Street", Accreditation.PROTECTION_AFO, 4, false, "PROT"),
                new SiteRequirement("AIRPORT", "Airport", Accreditation.PROTECTION_AFO, 6, false, "AIRPORT")));
        assertThat(picture.sites()).extracting(CapabilityPicture.Site::site, CapabilityPicture.Site::available,
                CapabilityPicture.Site::shortfall).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PARLIAMENT", 8, 0),
                org.assertj.core.groups.Tuple.tuple("DOWNING_STREET", 2, 2),
                org.assertj.core.groups.Tuple.tuple("AIRPORT", 5, 1));
        assertThat(line(picture, Accreditation.PROTECTION_AFO).required()).isEqualTo(18);
        assertThat(line(picture, Accreditation.PROTECTION_AFO).shortfall()).isEqualTo(3);
    }

    @Test
    void noOfficerIsCountedForTwoRequirements() {
        add(4, "CT", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.NONE, Accreditation.CTSFO, Accreditation.ARV);
        CapabilityPicture picture = picture(posture(1, 3, 3));
        assertThat(picture.counterTerrorism()).isEqualTo(new CapabilityPicture.CounterTerrorism(3, 4, 0, 0, 0));
        assertThat(picture.arv().officersAvailable()).as("only the one CTSFO not held for CT readiness").isEqualTo(1);
        assertThat(picture.arv().carsAvailable()).isZero();
    }

    @Test
    void postureIsMetOnlyWhenNoRequirementIsShort() {
        arv(6, ON_NIGHTS);
        add(3, "CT", ON_NIGHTS, AuthorisationStatus.AUTHORISED, Absence.NONE, Accreditation.CTSFO);
        assertThat(picture(posture(2, 3, 3)).postureMet()).isTrue();
        assertThat(picture(posture(2, 3, 4)).postureMet()).isFalse();
        assertThat(picture(posture(3, 3, 3)).postureMet()).isFalse();
    }

    @Test
    void totalCountsLapsedButNotWithdrawnOrNeverAuthorisedOfficers() {
        arv(2, ON_NIGHTS);
        add(1, "ARV", ON_NIGHTS, AuthorisationStatus.LAPSED, Absence.NONE);
        add(1, "ARV", ON_NIGHTS, AuthorisationStatus.SUSPENDED, Absence.NONE, Accreditation.ARV);
        add(2, "ARV", ON_NIGHTS, AuthorisationStatus.WITHDRAWN, Absence.NONE, Accreditation.ARV);
        add(1, "ARV", ON_NIGHTS, AuthorisationStatus.NOT_AUTHORISED, Absence.NONE);
        assertThat(picture(posture(1, 3, 0)).officers())
                .isEqualTo(new CapabilityPicture.Officers(4, 2, 0, 1, 1, 2, 0));
    }

    @Test
    void pictureNamesTheShiftAndTheThreatLevel() {
        CapabilityPicture picture = picture(new Posture(ThreatLevel.SEVERE, Map.of(ThreatLevel.SEVERE, 20), 10, 2,
                List.of(), 0));
        assertThat(picture.shift().name()).isEqualTo("NIGHT");
        assertThat(picture.shift().start()).isEqualTo(london("2023-09-23T23:00"));
        assertThat(picture.threatLevel()).isEqualTo(ThreatLevel.SEVERE);
        assertThat(picture.arv().carsRequired()).isEqualTo(12);
    }
}
