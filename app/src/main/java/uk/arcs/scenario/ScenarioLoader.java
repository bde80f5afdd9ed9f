package uk.arcs.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.arcs.common.Outcome;
import uk.arcs.common.RejectedBatchException;
import uk.arcs.common.RowError;
import uk.arcs.common.Transactions;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.Unit;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureEvent;
import uk.arcs.posture.PostureRegistry;

/**
 * Loads forces with their officers, event logs and posture logs in one transaction: every force's data
 * is recorded, or none of it. New forces are registered; for a force ARCS holds already, the setup in
 * the data must match it, officers it holds already must match, and only new facts are appended.
 */
public final class ScenarioLoader {

    /** What a load recorded. */
    public record Summary(int forces, int forcesRegistered, int officersRegistered, int officerEvents,
                          int postureEvents) {
    }

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final PostureRegistry postures;
    private final Transactions transactions;

    public ScenarioLoader(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures,
                          Transactions transactions) {
        this.forces = forces;
        this.officers = officers;
        this.postures = postures;
        this.transactions = transactions;
    }

    public Outcome<Summary> load(List<ForceScenario> scenarios) {
        return attempt(scenarios, false);
    }

    /** Checks everything a load would check, and records nothing. */
    public Outcome<Summary> preview(List<ForceScenario> scenarios) {
        return attempt(scenarios, true);
    }

    private Outcome<Summary> attempt(List<ForceScenario> scenarios, boolean dryRun) {
        try {
            java.util.function.Supplier<Summary> work = () -> loadAll(scenarios);
            Summary summary = dryRun ? transactions.inRolledBackTransaction(work) : transactions.inTransaction(work);
            return Outcome.recorded(summary);
        } catch (RejectedBatchException e) {
            return Outcome.rejected(e.errors());
        }
    }

    private Summary loadAll(List<ForceScenario> scenarios) {
        int registered = 0;
        int newOfficers = 0;
        int officerEvents = 0;
        int postureEvents = 0;
        for (ForceScenario scenario : scenarios) {
            Force force = scenario.force();
            Optional<Force> existing = forces.find(force.code());
            List<RowError> errors = new ArrayList<>();
            List<Officer> toRegister = scenario.officers();
            if (existing.isPresent()) {
                checkSameSetup(existing.get(), scenario, errors);
                toRegister = newOfficersOnly(scenario, errors);
            }
            if (!errors.isEmpty()) {
                throw new RejectedBatchException("import refused", errors);
            }
            if (existing.isEmpty()) {
                forces.register(force, scenario.units());
                transactions.describe("force " + force.code() + " registered with " + scenario.units().size() + " units");
                registered++;
            }
            if (!toRegister.isEmpty() || !scenario.events().isEmpty()) {
                switch (officers.write(force.code(), toRegister, scenario.events())) {
                    case Outcome.Recorded<List<OfficerEvent>> recorded -> officerEvents += recorded.value().size();
                    case Outcome.Rejected<List<OfficerEvent>> rejected -> errors.addAll(rejected.errors());
                }
                newOfficers += toRegister.size();
            }
            if (!scenario.posture().isEmpty()) {
                switch (postures.record(force.code(), scenario.posture())) {
                    case Outcome.Recorded<List<PostureEvent>> recorded -> postureEvents += recorded.value().size();
                    case Outcome.Rejected<List<PostureEvent>> rejected -> errors.addAll(rejected.errors());
                }
            }
            if (!errors.isEmpty()) {
                // Thrown inside the transaction, so whatever was written for this load is rolled back.
                throw new RejectedBatchException("import refused", errors);
            }
        }
        return new Summary(scenarios.size(), registered, newOfficers, officerEvents, postureEvents);
    }

    private void checkSameSetup(Force existing, ForceScenario scenario, List<RowError> errors) {
        if (!existing.equals(scenario.force())) {
            errors.add(new RowError("force", 1, null, "force " + existing.code()
                    + " exists with a different name, time zone or shift pattern; setup changes are not imported"));
        }
        Map<String, Unit> units = new java.util.HashMap<>();
        forces.units(existing.code()).forEach(u -> units.put(u.code(), u));
        for (int i = 0; i < scenario.units().size(); i++) {
            Unit unit = scenario.units().get(i);
            if (!unit.equals(units.get(unit.code()))) {
                errors.add(new RowError("units", i + 1, "code", "unit " + unit.code()
                        + " is new or differs from the unit ARCS holds; unit changes are not imported"));
            }
        }
    }

    private List<Officer> newOfficersOnly(ForceScenario scenario, List<RowError> errors) {
        Map<String, Officer> known = new java.util.HashMap<>();
        officers.officers(scenario.force().code()).forEach(o -> known.put(o.cipher().value(), o));
        List<Officer> fresh = new ArrayList<>();
        for (int i = 0; i < scenario.officers().size(); i++) {
            Officer officer = scenario.officers().get(i);
            Officer held = known.get(officer.cipher().value());
            if (held == null) {
                fresh.add(officer);
            } else if (!held.equals(officer)) {
                errors.add(new RowError("officers", i + 1, "cipher", "officer " + officer.cipher()
                        + " is held with a different unit or team; registry changes are not imported"));
            }
        }
        return fresh;
    }
}
