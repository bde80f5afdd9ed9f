package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.RuleRefusedException;

class StatisticsServiceTest {

    private final List<FirearmsOperation> rows = new ArrayList<>();
    private StatisticsService statistics;
    private InMemoryArcs arcs;

    @BeforeEach
    void publishedFigures() {
        arcs = new InMemoryArcs();
        arcs.clock.set(Instant.parse("2025-06-01T12:00:00Z"));
        TestForces.register(arcs);
        OperationsStore store = new OperationsStore() {
            @Override
            public FirearmsOperation insert(FirearmsOperation o) {
                if (rows.stream().anyMatch(r -> r.force().equals(o.force()) && r.reference().equals(o.reference()))) {
                    throw new RuleRefusedException("OperationReferenceUnique", "used");
                }
                FirearmsOperation stored = new FirearmsOperation(rows.size() + 1, o.force(), o.reference(),
                        o.authorisedAt(), o.arvAttended(), o.discharged(), o.recordedAt(), o.recordedBy());
                rows.add(stored);
                return stored;
            }

            @Override
            public List<FirearmsOperation> between(Instant from, Instant to) {
                return rows.stream().filter(r -> !r.authorisedAt().isBefore(from) && r.authorisedAt().isBefore(to)).toList();
            }
        };
        statistics = new StatisticsService(store, arcs, arcs.clock,
                getClass().getResourceAsStream("/reference/home-office-firearms-statistics.csv"));
    }

    @Test
    void yearToMarch2023AnswersThePublishedFigures() {
        FirearmsStatistics year = statistics.year(2022);
        assertThat(year.period()).isEqualTo("1 April 2022 to 31 March 2023");
        assertThat(year.englandAndWales().operations()).isEqualTo(18_395);
        assertThat(year.englandAndWales().arvOperations()).isEqualTo(16_971);
        assertThat(year.englandAndWales().discharges()).isEqualTo(10);
        assertThat(year.englandAndWales().source()).isEqualTo(StatisticsService.PUBLISHED);
        assertThat(year.forces()).singleElement().satisfies(met -> {
            assertThat(met.force()).isEqualTo("MET");
            assertThat(met.operations()).isEqualTo(3_685);
            assertThat(met.share()).isEqualTo(0.2);
        });
        assertThat(statistics.year(2023).englandAndWales().operations()).isEqualTo(17_589);
        assertThat(statistics.year(2023).forces().getFirst().share()).isEqualTo(0.186);
    }

    @Test
    void recordedOperationsMakeTheTableOfAYearWithoutPublishedFigures() {
        statistics.record(TestForces.TEST, "OP-1", TestForces.london("2024-05-01T10:00"), true, false, "supervisor");
        statistics.record(TestForces.TEST, "OP-2", TestForces.london("2025-03-31T23:00"), false, true, "supervisor");
        statistics.record(TestForces.TEST, "OP-3", TestForces.london("2025-04-01T00:30"), true, false, "supervisor");
        FirearmsStatistics year = statistics.year(2024);
        assertThat(year.englandAndWales()).isEqualTo(new FirearmsStatistics.Totals(2, 1, 1, null, null,
                StatisticsService.RECORDED));
        assertThat(year.forces()).singleElement().satisfies(line -> {
            assertThat(line.force()).isEqualTo("TEST");
            assertThat(line.share()).isEqualTo(1.0);
        });
    }

    @Test
    void operationsAreRecordedOnceAndNotBeforeTheyHappen() {
        statistics.record(TestForces.TEST, "OP-1", TestForces.london("2024-05-01T10:00"), true, false, "supervisor");
        assertThatThrownBy(() -> statistics.record(TestForces.TEST, "OP-1", TestForces.london("2024-05-02T10:00"), true,
                false, "supervisor")).isInstanceOf(RuleRefusedException.class);
        assertThatThrownBy(() -> statistics.record(TestForces.TEST, "OP-9", TestForces.london("2026-01-01T10:00"), true,
                false, "supervisor")).hasMessageStartingWith("authorisedAt:");
        assertThatThrownBy(() -> statistics.year(1999)).hasMessageStartingWith("year:");
    }

    @Test
    void theYearsOnOfferRunFromTheFirstPublishedOneToTheOneThatStartedOnTheLatestFirstOfApril() {
        assertThat(statistics.publishedYears()).containsExactly(2022, 2023);
        assertThat(statistics.currentYear()).isEqualTo(2025);
        arcs.clock.set(TestForces.london("2026-03-31T23:30"));
        assertThat(statistics.currentYear()).isEqualTo(2025);
        arcs.clock.set(TestForces.london("2026-04-01T00:30"));
        assertThat(statistics.currentYear()).isEqualTo(2026);
    }
}
