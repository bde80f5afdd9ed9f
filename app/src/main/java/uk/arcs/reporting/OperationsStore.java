package uk.arcs.reporting;

import java.time.Instant;
import java.util.List;

/** Where firearms operations are kept. They are only ever inserted. */
public interface OperationsStore {

    /** Inserts the operation; refuses a reference the force has used already. */
    FirearmsOperation insert(FirearmsOperation operation);

    List<FirearmsOperation> between(Instant from, Instant to);
}
