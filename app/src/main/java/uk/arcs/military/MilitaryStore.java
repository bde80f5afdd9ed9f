package uk.arcs.military;

import java.util.function.Consumer;

/** Where military contingency events are kept. They are only ever inserted. */
public interface MilitaryStore {

    void insert(MilitaryEvent event);

    void loadAll(Consumer<MilitaryEvent> sink);

    long maxId();
}
