package uk.arcs.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.command.Advice;

/**
 * What a scenario would mean: for the shift in progress and the next two, the picture as recorded and as
 * changed; the advice the changed picture would trigger; the mutual aid needed to hold the posture; and,
 * when the scenario touches training, the requalification projection; and where a response model exists,
 * ARV response times for the cars that remain (with mutual aid).
 */
public record WhatIfResult(String force, String name, Instant at, List<String> changes, List<Shift> shifts,
                           List<Advice> advice, Map<String, Integer> mutualAidNeeded, Requalification requalification,
                           ResponseComparison responseTimes) {

    /**
     * ARV response times for the cars of the shift in progress (with mutual aid), as recorded and as changed.
     * A side is null when no car is left to respond; the whole is null where no response model exists.
     */
    public record ResponseComparison(ResponseTimes.Response recorded, ResponseTimes.Response changed) {
    }

    public record Shift(Instant at, String shift, Summary recorded, Summary changed) {
    }

    /** The figures a commander compares side by side. */
    public record Summary(int steppedBack, int carsAvailable, int carsWithMutualAid, int carsRequired,
                          int counterTerrorismAvailable, int counterTerrorismRequired, int siteShortfall,
                          boolean postureMet, boolean postureMetWithMutualAid) {

        static Summary of(CapabilityPicture p) {
            return new Summary(p.officers().steppedBack(), p.arv().carsAvailable(), p.arv().carsWithMutualAid(),
                    p.arv().carsRequired(), p.counterTerrorism().available() + p.counterTerrorism().mutualAid(),
                    p.counterTerrorism().required(),
                    p.sites().stream().mapToInt(CapabilityPicture.Site::shortfallAfterMutualAid).sum(), p.postureMet(),
                    p.postureMetWithMutualAid());
        }
    }
}
