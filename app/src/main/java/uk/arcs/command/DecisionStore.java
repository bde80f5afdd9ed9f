package uk.arcs.command;

import java.time.Instant;
import java.util.List;

/** Where decisions are kept. They are only ever inserted. */
public interface DecisionStore {

    void insert(Decision decision);

    /** The force's decisions taken in [from, to), in order. */
    List<Decision> forForce(String force, Instant from, Instant to);

    long maxId();
}
