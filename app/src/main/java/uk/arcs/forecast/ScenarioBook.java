package uk.arcs.forecast;

import java.util.List;
import java.util.Optional;

/** Where saved what-if scenarios are kept. */
public interface ScenarioBook {

    /** Saves a new scenario; refuses a name the force has used already. */
    SavedScenario save(SavedScenario scenario);

    Optional<SavedScenario> find(String force, String name);

    List<SavedScenario> list(String force);
}
