package uk.arcs.scenario;

import java.util.Map;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
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
        return switch (CsvBundle.read(force, files, forces.find(force), provenance)) {
            case Outcome.Rejected<ForceScenario> rejected -> Outcome.rejected(rejected.errors());
            case Outcome.Recorded<ForceScenario> read -> dryRun
                    ? loader.preview(java.util.List.of(read.value()))
                    : loader.load(java.util.List.of(read.value()));
        };
    }

    public Map<String, String> exportFiles(ForceCode code) {
        Force force = forces.find(code).orElseThrow(() -> new NotFoundException("unknown force " + code));
        return CsvBundle.write(force, forces.units(code), officers.officers(code), officers.events(code),
                postures.events(code));
    }
}
