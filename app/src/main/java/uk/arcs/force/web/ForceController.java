package uk.arcs.force.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftDefinition;
import uk.arcs.force.Unit;

@RestController
class ForceController {

    private final ForceDirectory forces;

    ForceController(ForceDirectory forces) {
        this.forces = forces;
    }

    record ForceView(String code, String name, String timeZone, List<String> shifts, List<String> rota, int teams) {
        static ForceView of(Force force) {
            return new ForceView(force.code().value(), force.name(), force.zone().getId(),
                    force.shiftPattern().shifts().stream().map(ShiftDefinition::format).toList(),
                    force.shiftPattern().rota(), force.shiftPattern().teams());
        }
    }

    @GetMapping("/api/v1/forces")
    List<ForceView> forces() {
        return forces.all().stream().map(ForceView::of).toList();
    }

    record ForceDetail(ForceView force, List<Unit> units) {
    }

    @GetMapping("/api/v1/forces/{force}")
    ForceDetail force(@PathVariable String force) {
        Force known = forces.require(ForceCode.of(force));
        return new ForceDetail(ForceView.of(known), forces.units(known.code()));
    }
}
