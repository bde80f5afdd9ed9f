package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.simulation.json.BoroughGeoJson;

class CoverageMapTest {

    private static final List<LondonModel.Borough> BOROUGHS = BoroughGeoJson.london();
    /** Few replications: these tests compare cover, they do not estimate it closely. */
    private final CoverageMap map = new CoverageMap(BOROUGHS, BoroughGeoJson.outlines(), new Simulator(1), 8);

    @Test
    void everyBoroughIsDrawnAsAClosedPathInsideTheViewBox() {
        CoverageMap.View view = map.forCars(0);
        assertThat(view.zones()).hasSize(33);
        String[] box = view.viewBox().split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        assertThat(width).isEqualTo(1000.0);
        assertThat(height).isBetween(600.0, 900.0);
        for (CoverageMap.Zone zone : view.zones()) {
            assertThat(zone.path()).startsWith("M").endsWith("Z");
            assertThat(zone.centreX()).isBetween(0.0, width);
            assertThat(zone.centreY()).isBetween(0.0, height);
        }
        assertThat(view.zones()).extracting(CoverageMap.Zone::gssCode).doesNotHaveDuplicates()
                .contains("E09000001", "E09000033");
    }

    @Test
    void demandOverTheBoroughsAddsUpToTheModelsCallsADay() {
        double total = map.forCars(3).zones().stream().mapToDouble(CoverageMap.Zone::callsPerDay).sum();
        assertThat(total).isCloseTo(LondonModel.callsPerDay(LondonModel.DEFAULT_OTHER_CALLS_A_DAY),
                org.assertj.core.data.Offset.offset(1e-9));
        CoverageMap.Zone westminster = zone(map.forCars(3), "Westminster");
        CoverageMap.Zone bexley = zone(map.forCars(3), "Bexley");
        assertThat(westminster.callsPerDay()).isGreaterThan(bexley.callsPerDay());
    }

    @Test
    void withNoCarNoBoroughHasCoverAndNoModelIsRun() {
        CoverageMap.View view = map.forCars(0);
        assertThat(view.replications()).isZero();
        assertThat(view.zones()).allSatisfy(zone -> {
            assertThat(zone.withinTarget()).isNull();
            assertThat(zone.meanResponseMinutes()).isNull();
            assertThat(zone.carsStationed()).isZero();
        });
    }

    @Test
    void moreCarsReachMoreCallsInTimeAndEachCarHasAHome() {
        CoverageMap.View two = map.forCars(2);
        CoverageMap.View fifteen = map.forCars(15);
        assertThat(two.zones().stream().mapToInt(CoverageMap.Zone::carsStationed).sum()).isEqualTo(2);
        assertThat(fifteen.zones().stream().mapToInt(CoverageMap.Zone::carsStationed).sum()).isEqualTo(15);
        assertThat(demandWeightedCover(fifteen)).isGreaterThan(demandWeightedCover(two) + 0.2);
        assertThat(fifteen.replications()).isEqualTo(8);
    }

    @Test
    void aNumberOfCarsIsSimulatedOnceAndKept() {
        assertThat(map.forCars(4)).isSameAs(map.forCars(4));
    }

    @Test
    void negativeCarsAreRefused() {
        assertThatThrownBy(() -> map.forCars(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cars must not be negative");
    }

    private static double demandWeightedCover(CoverageMap.View view) {
        double demand = view.zones().stream().mapToDouble(CoverageMap.Zone::callsPerDay).sum();
        return view.zones().stream().mapToDouble(z -> z.callsPerDay() * z.withinTarget()).sum() / demand;
    }

    private static CoverageMap.Zone zone(CoverageMap.View view, String name) {
        return view.zones().stream().filter(z -> z.name().equals(name)).findFirst().orElseThrow();
    }
}
