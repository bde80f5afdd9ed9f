package uk.arcs.reporting;

import java.util.List;

/** Where the steps of public statements are kept. They are only ever inserted. */
public interface StatementStore {

    /** Inserts a step; a second step with the same force, number and version fails. */
    void insert(StatementEvent event);

    /** The steps of one statement in version order; empty if there is none. */
    List<StatementEvent> events(String force, int number);

    /** Every step of the force's statements, by number then version. */
    List<StatementEvent> events(String force);

    /** The highest statement number the force has used, 0 if none. */
    int lastNumber(String force);
}
