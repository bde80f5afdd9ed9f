package uk.arcs.posture;

import java.util.List;
import java.util.function.Consumer;

/** Where posture events are kept. They are only ever inserted. */
public interface PostureStore {

    void insert(List<PostureEvent> events);

    void loadAll(Consumer<PostureEvent> sink);

    long maxId();
}
