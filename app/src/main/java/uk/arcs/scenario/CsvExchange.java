package uk.arcs.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureRegistry;

/** Imports and exports a force's record as CSV files, all or nothing; shared by the CLI and the HTTP upload. */
public final class CsvExchange {

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final PostureRegistry postures;
    private final ScenarioLoader loader;

    public CsvExchange(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures, ScenarioLoader loader) {
        this.forces = forces;
        this.officers = officers;
        this.postures = postures;
        this.loader = loader;
    }

    public Outcome<ScenarioLoader.Summary> importFiles(ForceCode force, Map<String, String> files,
                                                       CsvBundle.Provenance provenance, boolean dryRun) {
        CsvBundle.Reading reading = CsvBundle.read(force, files, forces.find(force), provenance);
        if (reading.scenario().isEmpty()) {
            return Outcome.rejected(reading.errors());
        }
        List<ForceScenario> scenario = List.of(reading.scenario().get());
        if (reading.errors().isEmpty()) {
            return dryRun ? loader.preview(scenario) : loader.load(scenario);
        }
        // Some rows could not be read; check the others too, so that every bad row is reported at once.
        List<RowError> errors = new ArrayList<>(reading.errors());
        if (loader.preview(scenario) instanceof Outcome.Rejected<ScenarioLoader.Summary> rejected) {
            errors.addAll(rejected.errors());
        }
        errors.sort(CsvBundle.IN_FILE_ORDER);
        return Outcome.rejected(errors);
    }

    public Map<String, String> exportFiles(ForceCode code) {
        Force force = forces.find(code).orElseThrow(() -> new NotFoundException("unknown force " + code));
        return CsvBundle.write(force, forces.units(code), officers.officers(code), officers.events(code),
                postures.events(code));
    }
}
