package uk.arcs.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.GammaDistribution;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

/**
 * Projects step-backs and returns from the recent log. Each officer is a two-state Markov chain (authorised,
 * stepped back) whose hazards are learned per accreditation group from the window: recorded transitions
 * over officer-hours in each state, each weighted by how recent it is (half-life), with a Gamma posterior
 * (Jeffreys prior) so that few events give wide intervals. Sample futures draw the hazards from their
 * posterior and each officer's path across the coming shifts, and every shift of every future is scored by
 * the same calculator as the live picture, so the figures mean what the picture's figures mean.
 */
public final class Forecaster {

    /** An officer's group is the first of these they hold: who steps back in a crisis differs by role. */
    static final List<Accreditation> GROUP_ORDER = List.of(Accreditation.CTSFO, Accreditation.SFO, Accreditation.ARV,
            Accreditation.PROTECTION_AFO, Accreditation.FIREARMS_INSTRUCTOR, Accreditation.TACTICAL_ADVISER,
            Accreditation.STRATEGIC_FIREARMS_COMMANDER, Accreditation.TACTICAL_FIREARMS_COMMANDER,
            Accreditation.OPERATIONAL_FIREARMS_COMMANDER);
    static final Duration STEP = Duration.ofMinutes(15);

    private final CapabilityService capability;
    private final OfficerRegistry officers;
    private final ForceDirectory forces;
    private final Clock clock;

    public Forecaster(CapabilityService capability, OfficerRegistry officers, ForceDirectory forces, Clock clock) {
        this.capability = capability;
        this.officers = officers;
        this.forces = forces;
        this.clock = clock;
    }

    public Forecast forecast(ForceCode code, Instant at, Instant knownAt, ForecastSettings settings) {
        Force force = forces.require(code);
        Instant known = knownAt == null ? clock.instant() : knownAt;
        Instant now = at == null ? known : at;
        Map<Accreditation, Exposure> exposures = learn(code, now, known, settings);
        List<Forecast.Rates> rates = new ArrayList<>();
        int events = 0;
        for (Map.Entry<Accreditation, Exposure> e : exposures.entrySet()) {
            Exposure x = e.getValue();
            events += x.stepBacks + x.returns;
            rates.add(new Forecast.Rates(e.getKey(), x.officers, x.stepBacks, x.returns, x.stepBackRate(), x.returnRate()));
        }
        List<Instant> probes = probes(force, now, settings.horizonHours());
        List<CapabilityService.Inputs> inputs = probes.stream().map(p -> capability.inputs(code, p, known)).toList();
        CapabilityPicture current = CapabilityService.compute(inputs.getFirst());
        if (events < settings.minimumEvents()) {
            List<Forecast.Break> breaks = requirements(current).entrySet().stream()
                    .map(r -> new Forecast.Break(r.getKey(), r.getValue() > 0, r.getValue() > 0 ? 1 : 0,
                            r.getValue() > 0 ? now : null, r.getValue() > 0 ? now : null, r.getValue() > 0 ? now : null))
                    .toList();
            return new Forecast(code.value(), now, known, settings.windowHours(), settings.horizonHours(),
                    Forecast.Confidence.INSUFFICIENT_DATA, events + " step-backs or returns were recorded in the last "
                    + settings.windowHours() + " hours (fewer than " + settings.minimumEvents()
                    + "): too few to project from; only what is broken now is shown", rates, List.of(), breaks);
        }
        return project(code, now, known, settings, exposures, rates, probes, inputs);
    }

    private Forecast project(ForceCode code, Instant now, Instant known, ForecastSettings settings,
                             Map<Accreditation, Exposure> exposures, List<Forecast.Rates> rates, List<Instant> probes,
                             List<CapabilityService.Inputs> inputs) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(settings.seed());
        List<OfficerStatus> start = capability.inputs(code, now, known).officers();
        int officerCount = start.size();
        double[][] steppedBack = new double[probes.size()][settings.samples()];
        Map<String, double[]> firstBreak = new LinkedHashMap<>();
        Map<String, Boolean> brokenNow = new LinkedHashMap<>();
        requirements(CapabilityService.compute(inputs.getFirst())).forEach((name, shortfall) -> {
            firstBreak.put(name, new double[settings.samples()]);
            brokenNow.put(name, shortfall > 0);
        });
        for (int s = 0; s < settings.samples(); s++) {
            Map<Accreditation, double[]> hazards = new EnumMap<>(Accreditation.class);
            exposures.forEach((group, x) -> hazards.put(group, new double[] {x.sampleStepBack(random),
                    x.sampleReturn(random)}));
            boolean[] out = new boolean[officerCount];
            for (int i = 0; i < officerCount; i++) {
                out[i] = start.get(i).status() == AuthorisationStatus.STEPPED_BACK;
            }
            Instant previous = now;
            for (double[] breaks : firstBreak.values()) {
                breaks[s] = Double.NaN;
            }
            for (int k = 0; k < probes.size(); k++) {
                double hours = Duration.between(previous, probes.get(k)).toSeconds() / 3600.0;
                List<OfficerStatus> base = inputs.get(k).officers();
                List<OfficerStatus> sampled = new ArrayList<>(base.size());
                int count = 0;
                for (int i = 0; i < officerCount; i++) {
                    OfficerStatus status = base.get(i);
                    double[] h = hazards.get(group(status));
                    if (h != null && movable(status)) {
                        out[i] = transition(out[i], h[0], h[1], hours, random);
                        status = withState(status, out[i]);
                    }
                    if (status.status() == AuthorisationStatus.STEPPED_BACK) {
                        count++;
                    }
                    sampled.add(status);
                }
                steppedBack[k][s] = count;
                CapabilityService.Inputs in = inputs.get(k);
                CapabilityPicture picture = CapabilityService.compute(new CapabilityService.Inputs(in.force(),
                        in.posture(), in.at(), in.knownAt(), sampled, in.lentOut(), in.aid()));
                int probe = k;
                int sample = s;
                requirements(picture).forEach((name, shortfall) -> {
                    double[] breaks = firstBreak.get(name);
                    if (breaks != null && shortfall > 0 && Double.isNaN(breaks[sample])) {
                        breaks[sample] = Duration.between(now, probes.get(probe)).toSeconds();
                    }
                });
                previous = probes.get(k);
            }
        }
        Quantile quantile = Quantile.withDefaults();
        List<Forecast.Point> points = new ArrayList<>();
        for (int k = 0; k < probes.size(); k++) {
            double[] q = quantile.evaluate(steppedBack[k], 0.05, 0.5, 0.95);
            points.add(new Forecast.Point(probes.get(k), inputs.get(k).force().shiftPattern()
                    .shiftAt(probes.get(k), inputs.get(k).force().zone()).map(ShiftInstance::name).orElse(null),
                    q[1], q[0], q[2]));
        }
        List<Forecast.Break> breaks = new ArrayList<>();
        firstBreak.forEach((name, seconds) -> breaks.add(summarise(name, brokenNow.get(name), seconds, now, quantile)));
        return new Forecast(code.value(), now, known, settings.windowHours(), settings.horizonHours(),
                Forecast.Confidence.PROJECTED, "projected from " + rates.stream().mapToInt(r -> r.stepBacks() + r.returns())
                .sum() + " step-backs and returns recorded in the last " + settings.windowHours() + " hours",
                rates, points, breaks);
    }

    private static Forecast.Break summarise(String name, boolean brokenNow, double[] seconds, Instant now,
                                            Quantile quantile) {
        double[] broke = java.util.Arrays.stream(seconds).filter(v -> !Double.isNaN(v)).toArray();
        double probability = (double) broke.length / seconds.length;
        if (broke.length == 0) {
            return new Forecast.Break(name, brokenNow, 0, null, null, null);
        }
        // Futures that never break count as breaking after the horizon, so the quantiles are of all futures.
        double[] all = java.util.Arrays.stream(seconds).map(v -> Double.isNaN(v) ? Double.POSITIVE_INFINITY : v).toArray();
        double[] q = quantile.evaluate(all, 0.05, 0.5, 0.95);
        return new Forecast.Break(name, brokenNow, probability, instant(now, q[0]), instant(now, q[1]), instant(now, q[2]));
    }

    private static Instant instant(Instant now, double seconds) {
        return Double.isInfinite(seconds) ? null : now.plusSeconds((long) seconds);
    }

    /** Each requirement's shortfall after the mutual aid already deployed; named as a commander would. */
    static Map<String, Integer> requirements(CapabilityPicture picture) {
        Map<String, Integer> shortfalls = new LinkedHashMap<>();
        shortfalls.put("ARV cars", Math.max(0, picture.arv().carsRequired() - picture.arv().carsWithMutualAid()));
        shortfalls.put("counter-terrorism cover", picture.counterTerrorism().shortfallAfterMutualAid());
        for (CapabilityPicture.Site site : picture.sites()) {
            shortfalls.put(site.name(), site.shortfallAfterMutualAid());
        }
        return shortfalls;
    }

    /** Whether a two-state chain starting stepped back (or not) is stepped back {@code hours} later. */
    static boolean transition(boolean steppedBack, double stepBackRate, double returnRate, double hours,
                              UniformRandomProvider random) {
        double total = stepBackRate + returnRate;
        if (total <= 0 || hours <= 0) {
            return steppedBack;
        }
        double settle = 1 - Math.exp(-total * hours);
        double flip = steppedBack ? returnRate / total * settle : stepBackRate / total * settle;
        return random.nextDouble() < flip != steppedBack;
    }

    private static boolean movable(OfficerStatus status) {
        return status.status() == AuthorisationStatus.AUTHORISED || status.status() == AuthorisationStatus.LAPSED
                || status.status() == AuthorisationStatus.STEPPED_BACK;
    }

    private static OfficerStatus withState(OfficerStatus status, boolean steppedBack) {
        AuthorisationStatus next = steppedBack ? AuthorisationStatus.STEPPED_BACK
                : status.validAccreditations().isEmpty() ? AuthorisationStatus.LAPSED : AuthorisationStatus.AUTHORISED;
        return next == status.status() ? status : new OfficerStatus(status.officer(), next, status.validAccreditations(),
                status.lapsedAccreditations(), status.absence());
    }

    static Accreditation group(OfficerStatus status) {
        for (Accreditation accreditation : GROUP_ORDER) {
            if (status.validAccreditations().contains(accreditation)
                    || status.lapsedAccreditations().contains(accreditation)) {
                return accreditation;
            }
        }
        return null;
    }

    /** The instant now, then a moment into each shift that starts within the horizon. */
    static List<Instant> probes(Force force, Instant now, int horizonHours) {
        Instant end = now.plus(Duration.ofHours(horizonHours));
        List<Instant> probes = new ArrayList<>();
        probes.add(now);
        LocalDate first = now.atZone(force.zone()).toLocalDate();
        LocalDate last = end.atZone(force.zone()).toLocalDate().plusDays(1);
        for (ShiftInstance shift : force.shiftPattern().shiftsBetween(first, last, force.zone())) {
            Instant probe = shift.start().plusSeconds(60);
            if (probe.isAfter(now) && probe.isBefore(end)) {
                probes.add(probe);
            }
        }
        probes.sort(null);
        return probes;
    }

    /** Recorded transitions and time spent in each state, weighted by recency, per accreditation group. */
    static final class Exposure {
        int officers;
        int stepBacks;
        int returns;
        double weightedStepBacks;
        double weightedReturns;
        double authorisedHours;
        double steppedBackHours;

        double stepBackRate() {
            return authorisedHours == 0 ? 0 : weightedStepBacks / authorisedHours;
        }

        double returnRate() {
            return steppedBackHours == 0 ? 0 : weightedReturns / steppedBackHours;
        }

        /** A draw from the Gamma posterior (Jeffreys prior) of the hazard: wide when events are few. */
        double sampleStepBack(UniformRandomProvider random) {
            return authorisedHours == 0 ? 0
                    : GammaDistribution.of(weightedStepBacks + 0.5, 1 / authorisedHours).createSampler(random).sample();
        }

        double sampleReturn(UniformRandomProvider random) {
            return steppedBackHours == 0 ? 0
                    : GammaDistribution.of(weightedReturns + 0.5, 1 / steppedBackHours).createSampler(random).sample();
        }
    }

    private Map<Accreditation, Exposure> learn(ForceCode code, Instant now, Instant known, ForecastSettings settings) {
        Map<Accreditation, Exposure> exposures = new EnumMap<>(Accreditation.class);
        Instant from = now.minus(Duration.ofHours(settings.windowHours()));
        List<OfficerStatus> before = officers.statusesAt(code, from, known);
        double stepHours = STEP.toSeconds() / 3600.0;
        for (Instant t = from.plus(STEP); !t.isAfter(now); t = t.plus(STEP)) {
            List<OfficerStatus> after = officers.statusesAt(code, t, known);
            double weight = Math.pow(0.5, Duration.between(t, now).toSeconds() / 3600.0 / settings.halfLifeHours());
            for (int i = 0; i < after.size(); i++) {
                OfficerStatus was = before.get(i);
                OfficerStatus is = after.get(i);
                Accreditation group = group(is);
                if (group == null) {
                    continue;
                }
                Exposure x = exposures.computeIfAbsent(group, g -> new Exposure());
                boolean wasOut = was.status() == AuthorisationStatus.STEPPED_BACK;
                boolean wasIn = was.status() == AuthorisationStatus.AUTHORISED || was.status() == AuthorisationStatus.LAPSED;
                boolean isOut = is.status() == AuthorisationStatus.STEPPED_BACK;
                if (wasIn) {
                    x.authorisedHours += weight * stepHours;
                    if (isOut) {
                        x.stepBacks++;
                        x.weightedStepBacks += weight;
                    }
                } else if (wasOut) {
                    x.steppedBackHours += weight * stepHours;
                    if (!isOut && is.status() != AuthorisationStatus.SUSPENDED && is.status() != AuthorisationStatus.WITHDRAWN) {
                        x.returns++;
                        x.weightedReturns += weight;
                    }
                }
            }
            before = after;
        }
        for (OfficerStatus status : before) {
            Accreditation group = group(status);
            if (group != null && status.isFirearmsOfficer()) {
                exposures.computeIfAbsent(group, g -> new Exposure()).officers++;
            }
        }
        return exposures;
    }
}
