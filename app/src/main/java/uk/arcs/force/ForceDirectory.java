package uk.arcs.force;

import java.util.List;
import java.util.Optional;

/** The forces ARCS knows, and their units. */
public interface ForceDirectory {

    Optional<Force> find(ForceCode code);

    List<Force> all();

    List<Unit> units(ForceCode force);

    /** Registers a force and its units; refuses a code that exists already. */
    void register(Force force, List<Unit> units);

    default Force require(ForceCode code) {
        return find(code).orElseThrow(() -> new UnknownForceException(code));
    }
}
