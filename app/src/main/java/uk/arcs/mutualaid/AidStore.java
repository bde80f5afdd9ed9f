package uk.arcs.mutualaid;

import java.util.function.Consumer;

/** Where mutual aid events are kept. They are only ever inserted. */
public interface AidStore {

    void insert(AidEvent event);

    void loadAll(Consumer<AidEvent> sink);

    long maxId();

    long maxOfferId();
}
