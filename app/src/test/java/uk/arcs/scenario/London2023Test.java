package uk.arcs.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerEventType;

/**
 * Properties of the whole replay that single checkpoints cannot show; the published checkpoints themselves
 * are pinned through the API against both databases (ApiContract).
 */
class London2023Test {

    private static final ForceCode MET = ForceCode.of("MET");
    private static InMemoryArcs arcs;
    private static List<CapabilityPicture> crisis;

    @BeforeAll
    static void loadTheScenario() {
        arcs = new InMemoryArcs();
        arcs.loader.load(London2023.generate()).orThrow("London 2023");
        crisis = new java.util.ArrayList<>(arcs.capability.series(MET, london("2023-09-20T00:00"),
                london("2023-10-05T00:00"), Duration.ofMinutes(20), arcs.clock.instant()));
        // The stepped-back count changes only at authorisation events, so a picture at each one sees every peak.
        arcs.officers.events(MET).stream()
                .filter(e -> e.type().category() == OfficerEventType.Category.AUTHORISATION)
                .filter(e -> e.occurredAt().isAfter(london("2023-09-20T00:00")))
                .forEach(e -> crisis.add(arcs.capability.picture(MET, e.occurredAt(), arcs.clock.instant())));
    }

    @Test
    void loadsTheMetAndElevenNeighbouringForces() {
        assertThat(arcs.all()).extracting(f -> f.code().value()).containsExactlyInAnyOrder("MET", "CITY", "KENT",
                "HAMPSHIRE", "AVON_SOMERSET", "BEDFORDSHIRE", "CAMBRIDGESHIRE", "HERTFORDSHIRE", "THAMES_VALLEY",
                "LEICESTERSHIRE", "SURREY", "SUSSEX");
        assertThat(arcs.officers.officers(MET)).hasSize(London2023.MET_FIREARMS_OFFICERS);
    }

    @Test
    void steppedBackNeverExceedsThePeakOfThreeHundred() {
        assertThat(crisis).extracting(CapabilityPicture::steppedBack).allMatch(n -> n <= London2023.PEAK_STEPPED_BACK);
        assertThat(crisis).extracting(CapabilityPicture::steppedBack).contains(London2023.PEAK_STEPPED_BACK);
    }

    @Test
    void noMomentOfTheCrisisHadFewerThanTwoArvCarsAndTheWorstNightHadTwo() {
        assertThat(crisis).extracting(p -> p.arv().carsAvailable()).allMatch(cars -> cars >= 2);
        CapabilityPicture worst = arcs.capability.picture(MET, london("2023-09-24T02:00"), arcs.clock.instant());
        assertThat(worst.arv().carsAvailable()).isEqualTo(2);
    }

    @Test
    void counterTerrorismCoverHeldFromLunchtimeOnMondayOnwards() {
        Instant lunchtime = london("2023-09-25T13:00");
        assertThat(crisis).filteredOn(p -> !p.at().isBefore(lunchtime))
                .allMatch(p -> p.counterTerrorism().shortfall() == 0);
    }

    @Test
    void everyStepBackIsMatchedByAReturnOrAWithdrawal() {
        CapabilityPicture afterwards = arcs.capability.picture(MET, london("2023-11-01T12:00"), arcs.clock.instant());
        assertThat(afterwards.officers().steppedBack()).isZero();
        assertThat(afterwards.officers().withdrawn()).isEqualTo(4);
        assertThat(afterwards.officers().total()).isEqualTo(London2023.MET_FIREARMS_OFFICERS - 4);
    }

    @Test
    void cityOfLondonArvCrewsSteppedBackOnSaturdayEvening() {
        ForceCode city = ForceCode.of("CITY");
        assertThat(arcs.capability.picture(city, london("2023-09-23T19:00"), arcs.clock.instant()).steppedBack()).isZero();
        assertThat(arcs.capability.picture(city, london("2023-09-24T02:00"), arcs.clock.instant()).steppedBack())
                .isEqualTo(45);
        assertThat(arcs.capability.picture(city, london("2023-09-28T12:00"), arcs.clock.instant()).steppedBack()).isZero();
    }

    @Test
    void generatorIsDeterministic() {
        List<ForceScenario> first = London2023.generate();
        List<ForceScenario> second = London2023.generate();
        assertThat(second).isEqualTo(first);
        long stepBacks = first.stream().flatMap(f -> f.events().stream())
                .filter(e -> e.event().type() == OfficerEventType.STEPPED_BACK).count();
        assertThat(stepBacks).isEqualTo(300 + 45);
    }
}
