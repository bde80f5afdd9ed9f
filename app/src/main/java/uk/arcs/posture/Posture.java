package uk.arcs.posture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A force's minimum armed posture per shift at one instant, before and after the threat-level uplift.
 * Sites keep the order they were first required in, which is also the order they are staffed in.
 */
public record Posture(ThreatLevel threatLevel, Map<ThreatLevel, Integer> upliftPercent, int baseArvCars,
                      int crewSize, List<SiteRequirement> baseSites, int baseCounterTerrorism) {

    /** Uplift applied when a force has not configured its own. */
    public static final Map<ThreatLevel, Integer> DEFAULT_UPLIFT = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ThreatLevel.LOW, 0, ThreatLevel.MODERATE, 0, ThreatLevel.SUBSTANTIAL, 0,
            ThreatLevel.SEVERE, 20, ThreatLevel.CRITICAL, 50)));

    public static final Posture NONE = new Posture(ThreatLevel.SUBSTANTIAL, DEFAULT_UPLIFT, 0, 3, List.of(), 0);

    public Posture {
        upliftPercent = Collections.unmodifiableMap(new EnumMap<>(upliftPercent));
        baseSites = List.copyOf(baseSites);
    }

    public int upliftPercentNow() {
        return upliftPercent.getOrDefault(threatLevel, 0);
    }

    /** A base requirement raised by the threat level's uplift, rounded up: half an officer is a whole one. */
    public int uplifted(int base) {
        return (int) Math.ceil(base * (100 + upliftPercentNow()) / 100.0);
    }

    public int arvCarsRequired() {
        return uplifted(baseArvCars);
    }

    public int counterTerrorismRequired() {
        return uplifted(baseCounterTerrorism);
    }

    /** Sites with their posts raised by the uplift. */
    public List<SiteRequirement> sitesRequired() {
        return baseSites.stream().map(s -> new SiteRequirement(s.site(), s.name(), s.accreditation(),
                uplifted(s.posts()), s.counterTerrorism(), s.unit())).toList();
    }

    /** The posture at {@code at} as known at {@code knownAt}, from a force's events in occurrence order. */
    public static Posture fold(List<PostureEvent> inOccurrenceOrder, Instant at, Instant knownAt) {
        ThreatLevel level = NONE.threatLevel();
        Map<ThreatLevel, Integer> uplift = new EnumMap<>(DEFAULT_UPLIFT);
        int cars = 0;
        int crew = NONE.crewSize();
        int counterTerrorism = 0;
        Map<String, SiteRequirement> sites = new LinkedHashMap<>();
        for (PostureEvent event : inOccurrenceOrder) {
            PostureChange change = event.change();
            if (change.occurredAt().isAfter(at)) {
                break;
            }
            if (event.recordedAt().isAfter(knownAt)) {
                continue;
            }
            switch (change.type()) {
                case ARV_REQUIREMENT -> {
                    cars = change.quantity();
                    crew = change.crewSize();
                }
                case SITE_REQUIREMENT -> sites.put(change.site(), new SiteRequirement(change.site(), change.siteName(),
                        change.accreditation(), change.quantity(), change.counterTerrorism(), change.unit()));
                case SITE_REMOVED -> sites.remove(change.site());
                case CT_REQUIREMENT -> counterTerrorism = change.quantity();
                case THREAT_LEVEL -> level = change.level();
                case THREAT_UPLIFT -> uplift.put(change.level(), change.quantity());
            }
        }
        return new Posture(level, uplift, cars, crew, new ArrayList<>(sites.values()), counterTerrorism);
    }
}
