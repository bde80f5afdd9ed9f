package uk.arcs.force;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.arcs.common.NotFoundException;

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

    /**
     * The force a page works on: the one named ({@code code}, which must exist), or when none is named the one
     * {@code fallback} picks from the forces loaded; a database with no force yet has nothing to show.
     */
    /** A page's fallback force: the MET, the force of the London 2023 reference scenario, when it is loaded; else the first. */
    static Force referenceOrFirst(List<Force> all) {
        return all.stream().filter(f -> f.code().equals(ForceCode.MET)).findFirst().orElse(all.getFirst());
    }

    default Force namedOr(String code, Function<List<Force>, Force> fallback) {
        if (code != null) {
            return require(ForceCode.of(code));
        }
        List<Force> all = all();
        if (all.isEmpty()) {
            throw new NotFoundException("no force is loaded yet");
        }
        return fallback.apply(all);
    }
}
