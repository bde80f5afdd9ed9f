package uk.arcs.officer;

import java.util.List;
import java.util.function.Consumer;

/** Where the registry and the event log are kept. Events are only ever inserted. */
public interface OfficerStore {

    void insertOfficers(List<Officer> officers);

    void insertEvents(List<OfficerEvent> events);

    List<Officer> loadOfficers();

    /** Streams every recorded event in recording order. */
    void loadEvents(Consumer<OfficerEvent> sink);

    long maxEventId();
}
