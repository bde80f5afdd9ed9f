package uk.arcs.officer;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.arcs.force.ForceCode;

/** Published after a batch of officer events was committed, with how many of each type it held. */
public record OfficerEventsRecorded(ForceCode force, int events, int officersRegistered, Instant recordedAt,
                                    Map<OfficerEventType, Integer> byType) {

    public OfficerEventsRecorded {
        byType = Map.copyOf(byType);
    }

    static OfficerEventsRecorded of(ForceCode force, List<OfficerEvent> events, int officersRegistered, Instant at) {
        Map<OfficerEventType, Integer> byType = new EnumMap<>(OfficerEventType.class);
        events.forEach(event -> byType.merge(event.type(), 1, Integer::sum));
        return new OfficerEventsRecorded(force, events.size(), officersRegistered, at, byType);
    }
}
