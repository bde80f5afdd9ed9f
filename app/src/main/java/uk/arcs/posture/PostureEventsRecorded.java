package uk.arcs.posture;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.arcs.force.ForceCode;

/** Published after a batch of posture changes was committed, with how many of each type it held. */
public record PostureEventsRecorded(ForceCode force, Instant recordedAt, Map<PostureEventType, Integer> byType) {

    public PostureEventsRecorded {
        byType = Map.copyOf(byType);
    }

    static PostureEventsRecorded of(ForceCode force, List<PostureEvent> events, Instant at) {
        Map<PostureEventType, Integer> byType = new EnumMap<>(PostureEventType.class);
        events.forEach(event -> byType.merge(event.change().type(), 1, Integer::sum));
        return new PostureEventsRecorded(force, at, byType);
    }
}
