package uk.arcs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.arcs.common.Outcome;
import uk.arcs.common.Transactions;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.Unit;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStore;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.scenario.ForceScenario;

class NationalDataSetTest {

    private static List<ForceScenario> dataSet;

    @BeforeAll
    static void generate() {
        dataSet = NationalDataSet.generate();
    }

    @Test
    void hasTheNationalShapeAndExactlyAMillionOfficerEvents() {
        assertThat(dataSet).hasSize(43);
        assertThat(dataSet.getFirst().force().code()).isEqualTo(ForceCode.of("MET"));
        assertThat(dataSet.getFirst().officers()).hasSize(2_600);
        assertThat(dataSet.stream().mapToInt(s -> s.officers().size()).sum()).isEqualTo(6_500);
        assertThat(dataSet.stream().mapToInt(s -> s.events().size()).sum()).isEqualTo(NationalDataSet.OFFICER_EVENTS);
        assertThat(dataSet).allSatisfy(s -> assertThat(s.posture()).isNotEmpty());
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(NationalDataSet.generate()).isEqualTo(dataSet);
    }

    @Test
    void isRecordedInThePast() {
        Instant now = Instant.now();
        assertThat(dataSet.stream().flatMap(s -> s.events().stream()).map(SubmittedEvent::recordedAt))
                .allMatch(recordedAt -> recordedAt.isBefore(now));
    }

    /** The registry's own checks, with the database left out: every officer's timeline obeys the rules. */
    @Test
    void everyTimelineIsAcceptedByTheRegistry() {
        InMemoryForces forces = new InMemoryForces();
        OfficerRegistry registry = new OfficerRegistry(forces, new DiscardingStore(), new ImmediateTransactions(),
                event -> { }, Clock.systemUTC());
        for (ForceScenario scenario : dataSet) {
            forces.register(scenario.force(), scenario.units());
            Outcome<List<OfficerEvent>> outcome = registry.write(scenario.force().code(), scenario.officers(),
                    scenario.events());
            assertThat(outcome).as(scenario.force().code().value()).isInstanceOf(Outcome.Recorded.class);
        }
    }

    private static final class InMemoryForces implements ForceDirectory {
        private final Map<ForceCode, Force> forces = new HashMap<>();
        private final Map<ForceCode, List<Unit>> units = new HashMap<>();

        @Override
        public Optional<Force> find(ForceCode code) {
            return Optional.ofNullable(forces.get(code));
        }

        @Override
        public List<Force> all() {
            return List.copyOf(forces.values());
        }

        @Override
        public List<Unit> units(ForceCode force) {
            return units.getOrDefault(force, List.of());
        }

        @Override
        public void register(Force force, List<Unit> forceUnits) {
            forces.put(force.code(), force);
            units.put(force.code(), List.copyOf(forceUnits));
        }
    }

    private static final class DiscardingStore implements OfficerStore {
        @Override
        public void insertOfficers(List<Officer> officers) {
        }

        @Override
        public void insertEvents(List<OfficerEvent> events) {
        }

        @Override
        public List<Officer> loadOfficers() {
            return List.of();
        }

        @Override
        public void loadEvents(Consumer<OfficerEvent> sink) {
        }

        @Override
        public long maxEventId() {
            return 0;
        }
    }

    private static final class ImmediateTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T inRolledBackTransaction(Supplier<T> work) {
            throw new UnsupportedOperationException("the test records for real");
        }

        @Override
        public void afterCompletion(Consumer<Boolean> callback) {
            callback.accept(true);
        }
    }
}
