package uk.arcs.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * One replication: a single pass of the event loop over its own random stream. The only events are the next
 * call and the next car coming free; everything a car does between being sent and being home again (travel,
 * on scene, travel back) is known when it is sent, so its busy time is booked then. Primitive arrays and a
 * binary heap of busy cars keep the loop free of allocation. Times are in hours.
 */
final class Replication {

    private static final double MINUTES_PER_HOUR = 60;
    private static final double[] RESPONSE_QUANTILES = {0.5, 0.9, 0.95};

    private final SimulationConfig config;
    private final Network network;
    private final ContinuousSampler standardExponential;
    private final DiscreteSampler zoneOfCall;
    private final ContinuousSampler onSceneHours;
    private final double[] hourlyRate;
    private final double meanHoursBetweenCalls;
    private final int carsPerIncident;
    private final boolean lostWhenAllBusy;
    private final double warmup;
    private final double horizon;

    private final boolean[] busy;
    private int freeCars;
    private final double[] busyHours;
    private final int[] heapCar;
    private final double[] heapFreeAt;
    private int heapSize;

    // A ring buffer whose capacity stays a power of two, so wrapping round is a mask, not a division.
    private double[] queuedAt = new double[64];
    private int[] queuedZone = new int[64];
    private int[] queuedCarsNeeded = new int[64];
    private double[] queuedOnScene = new double[64];
    private boolean[] queuedAnswered = new boolean[64];
    private int queueHead;
    private int queueSize;

    private double[] responseMinutes;
    private int[] responseZone;
    private int responses;
    private long incidents;
    private long allBusy;
    private long lost;
    private double waitHours;
    private final long[] zoneIncidents;
    private final long[] zoneAllBusy;
    private final long[] zoneLost;

    Replication(SimulationConfig config, Network network, UniformRandomProvider rng) {
        this.config = config;
        this.network = network;
        this.standardExponential = ZigguratSampler.Exponential.of(rng);
        this.zoneOfCall = config.zones().size() == 1 ? () -> 0
                : AliasMethodDiscreteSampler.of(rng, network.zoneProbabilities);
        this.onSceneHours = onSceneSampler(config.onSceneMinutes(), rng);
        this.hourlyRate = hourlyRates(config);
        this.meanHoursBetweenCalls = 1 / config.arrivalsPerHour();
        this.carsPerIncident = config.carsPerIncident();
        this.lostWhenAllBusy = config.whenAllBusy() == SimulationConfig.WhenAllBusy.LOST;
        this.warmup = config.warmupHours();
        this.horizon = config.hours();
        int cars = config.cars().size();
        this.busy = new boolean[cars];
        this.freeCars = cars;
        this.busyHours = new double[cars];
        this.heapCar = new int[cars];
        this.heapFreeAt = new double[cars];
        int expected = (int) Math.min(Integer.MAX_VALUE - 8,
                config.arrivalsPerHour() * (horizon - warmup) * 1.05 + 64);
        this.responseMinutes = new double[expected];
        // With one zone every response is that zone's: no need to note it.
        this.responseZone = config.zones().size() == 1 ? null : new int[expected];
        int zones = config.zones().size();
        this.zoneIncidents = new long[zones];
        this.zoneAllBusy = new long[zones];
        this.zoneLost = new long[zones];
    }

    private static ContinuousSampler onSceneSampler(SimulationConfig.OnSceneTime time, UniformRandomProvider rng) {
        return switch (time) {
            case SimulationConfig.OnSceneTime.Exponential e ->
                    ZigguratSampler.Exponential.of(rng, e.meanMinutes() / MINUTES_PER_HOUR);
            case SimulationConfig.OnSceneTime.LogNormal l -> {
                // The lognormal's own parameters from the mean and sd people quote, both in hours.
                double mean = l.meanMinutes() / MINUTES_PER_HOUR;
                double sd = l.sdMinutes() / MINUTES_PER_HOUR;
                double sigmaSquared = Math.log1p(sd * sd / (mean * mean));
                yield LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                        Math.log(mean) - sigmaSquared / 2, Math.sqrt(sigmaSquared));
            }
            case SimulationConfig.OnSceneTime.Fixed f -> {
                double hours = f.meanMinutes() / MINUTES_PER_HOUR;
                yield () -> hours;
            }
        };
    }

    /** Calls per hour in each hour of the day, averaging {@code arrivalsPerHour}; null when demand is flat. */
    private static double[] hourlyRates(SimulationConfig config) {
        if (config.hourlyProfile().isEmpty()) {
            return null;
        }
        double mean = config.hourlyProfile().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return config.hourlyProfile().stream().mapToDouble(p -> config.arrivalsPerHour() * p / mean).toArray();
    }

    Figures<Double> run() {
        double nextCall = nextCallAfter(0);
        while (true) {
            double nextFree = heapSize == 0 ? Double.POSITIVE_INFINITY : heapFreeAt[0];
            if (nextCall <= horizon && nextCall < nextFree) {
                call(nextCall);
                nextCall = nextCallAfter(nextCall);
            } else if (nextCall <= horizon || queueSize > 0) {
                carFree(nextFree);
            } else {
                break;
            }
        }
        return figures();
    }

    /** The next call of a Poisson process whose rate is constant within each hour of the day (exact inversion). */
    private double nextCallAfter(double t) {
        double e = standardExponential.sample();
        if (hourlyRate == null) {
            return t + e * meanHoursBetweenCalls;
        }
        double now = t;
        while (true) {
            double hourStart = Math.floor(now);
            double rate = hourlyRate[(int) ((long) hourStart % SimulationConfig.HOURS_IN_A_DAY)];
            double left = hourStart + 1 - now;
            if (rate * left > e) {
                return now + e / rate;
            }
            e -= rate * left;
            now = hourStart + 1;
        }
    }

    private void call(double t) {
        int zone = zoneOfCall.sample();
        boolean counted = t >= warmup;
        if (counted) {
            incidents++;
            zoneIncidents[zone]++;
        }
        int[] order = network.preference[zone];
        int sent = 0;
        double onScene = 0;
        int toSend = Math.min(carsPerIncident, freeCars);
        for (int i = 0; sent < toSend; i++) {
            int car = order[i];
            if (!busy[car]) {
                if (sent == 0) {
                    onScene = onSceneHours.sample();
                    if (counted) {
                        recordResponse(network.travelHours[zone][car], zone);
                    }
                }
                send(car, zone, t, onScene);
                sent++;
            }
        }
        if (sent == 0) {
            if (counted) {
                allBusy++;
                zoneAllBusy[zone]++;
            }
            if (lostWhenAllBusy) {
                if (counted) {
                    lost++;
                    zoneLost[zone]++;
                }
                return;
            }
            enqueue(t, zone, carsPerIncident, onSceneHours.sample(), false);
        } else if (sent < carsPerIncident && !lostWhenAllBusy) {
            enqueue(t, zone, carsPerIncident - sent, onScene, true);
        }
    }

    /** A car is home and free; in a queue the longest-waiting incident takes it (every other car is busy). */
    private void carFree(double now) {
        int car = popHeap();
        busy[car] = false;
        freeCars++;
        if (queueSize == 0) {
            return;
        }
        int head = queueHead;
        int zone = queuedZone[head];
        if (!queuedAnswered[head]) {
            queuedAnswered[head] = true;
            if (queuedAt[head] >= warmup) {
                double wait = now - queuedAt[head];
                waitHours += wait;
                recordResponse(wait + network.travelHours[zone][car], zone);
            }
        }
        send(car, zone, now, queuedOnScene[head]);
        if (--queuedCarsNeeded[head] == 0) {
            queueHead = (queueHead + 1) & (queuedAt.length - 1);
            queueSize--;
        }
    }

    private void send(int car, int zone, double now, double onScene) {
        double travel = network.travelHours[zone][car];
        double freeAt = now + travel + onScene + travel;
        busy[car] = true;
        freeCars--;
        if (now >= warmup && freeAt <= horizon) {
            busyHours[car] += freeAt - now;
        } else {
            busyHours[car] += Math.max(0, Math.min(freeAt, horizon) - Math.max(now, warmup));
        }
        pushHeap(car, freeAt);
    }

    private void recordResponse(double hours, int zone) {
        if (responses == responseMinutes.length) {
            int grown = responses + (responses >> 1) + 16;
            responseMinutes = Arrays.copyOf(responseMinutes, grown);
            if (responseZone != null) {
                responseZone = Arrays.copyOf(responseZone, grown);
            }
        }
        responseMinutes[responses] = hours * MINUTES_PER_HOUR;
        if (responseZone != null) {
            responseZone[responses] = zone;
        }
        responses++;
    }

    private void enqueue(double t, int zone, int carsNeeded, double onScene, boolean answered) {
        if (queueSize == queuedAt.length) {
            growQueue();
        }
        int tail = (queueHead + queueSize) & (queuedAt.length - 1);
        queuedAt[tail] = t;
        queuedZone[tail] = zone;
        queuedCarsNeeded[tail] = carsNeeded;
        queuedOnScene[tail] = onScene;
        queuedAnswered[tail] = answered;
        queueSize++;
    }

    private void growQueue() {
        int capacity = queuedAt.length * 2;
        double[] at = new double[capacity];
        int[] zone = new int[capacity];
        int[] needed = new int[capacity];
        double[] onScene = new double[capacity];
        boolean[] answered = new boolean[capacity];
        for (int i = 0; i < queueSize; i++) {
            int from = (queueHead + i) & (queuedAt.length - 1);
            at[i] = queuedAt[from];
            zone[i] = queuedZone[from];
            needed[i] = queuedCarsNeeded[from];
            onScene[i] = queuedOnScene[from];
            answered[i] = queuedAnswered[from];
        }
        queuedAt = at;
        queuedZone = zone;
        queuedCarsNeeded = needed;
        queuedOnScene = onScene;
        queuedAnswered = answered;
        queueHead = 0;
    }

    private void pushHeap(int car, double freeAt) {
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapFreeAt[parent] <= freeAt) {
                break;
            }
            heapCar[i] = heapCar[parent];
            heapFreeAt[i] = heapFreeAt[parent];
            i = parent;
        }
        heapCar[i] = car;
        heapFreeAt[i] = freeAt;
    }

    private int popHeap() {
        int top = heapCar[0];
        int lastCar = heapCar[--heapSize];
        double lastFreeAt = heapFreeAt[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapFreeAt[child + 1] < heapFreeAt[child]) {
                child++;
            }
            if (heapFreeAt[child] >= lastFreeAt) {
                break;
            }
            heapCar[i] = heapCar[child];
            heapFreeAt[i] = heapFreeAt[child];
            i = child;
        }
        heapCar[i] = lastCar;
        heapFreeAt[i] = lastFreeAt;
        return top;
    }

    private Figures<Double> figures() {
        double[] targets = config.targetMinutes().stream().mapToDouble(Double::doubleValue).toArray();
        int zones = config.zones().size();
        long[][] zoneWithin = new long[zones][targets.length];
        long[] within = new long[targets.length];
        double[] zoneResponseSum = new double[zones];
        int[] zoneResponses = new int[zones];
        double responseSum = 0;
        for (int i = 0; i < responses; i++) {
            double minutes = responseMinutes[i];
            responseSum += minutes;
            for (int t = 0; t < targets.length; t++) {
                if (minutes <= targets[t]) {
                    within[t]++;
                }
            }
        }
        if (zones == 1) {
            zoneResponseSum[0] = responseSum;
            zoneResponses[0] = responses;
            zoneWithin[0] = within;
        } else {
            for (int i = 0; i < responses; i++) {
                double minutes = responseMinutes[i];
                int zone = responseZone[i];
                zoneResponseSum[zone] += minutes;
                zoneResponses[zone]++;
                for (int t = 0; t < targets.length; t++) {
                    if (minutes <= targets[t]) {
                        zoneWithin[zone][t]++;
                    }
                }
            }
        }
        Quantile quantile = Quantile.withDefaults().withCopy(false);
        double[] zoneP90 = zones == 1 ? null : zoneP90(quantile, zoneResponses);
        double[] q = responses == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                : quantile.evaluateRange(responseMinutes, 0, responses, RESPONSE_QUANTILES);

        List<Figures.ZoneFigures<Double>> zoneFigures = new ArrayList<>(zones);
        for (int z = 0; z < zones; z++) {
            long zoneTotal = zoneIncidents[z];
            zoneFigures.add(new Figures.ZoneFigures<>((double) zoneTotal, share(zoneAllBusy[z], zoneTotal),
                    share(zoneLost[z], zoneTotal), share(zoneResponseSum[z], zoneResponses[z]),
                    zones == 1 ? q[1] : zoneP90[z],
                    Arrays.stream(zoneWithin[z]).mapToObj(count -> share(count, zoneTotal)).toList()));
        }
        double window = horizon - warmup;
        return new Figures<>((double) incidents, share(allBusy, incidents), share(waitHours * MINUTES_PER_HOUR, responses),
                share(lost, incidents),
                new Figures.Response<>(share(responseSum, responses), q[0], q[1], q[2]),
                Arrays.stream(within).mapToObj(count -> share(count, incidents)).toList(),
                Arrays.stream(busyHours).mapToObj(hours -> hours / window).toList(),
                zoneFigures);
    }

    /** Each zone's 90th percentile response, from its responses gathered side by side. */
    private double[] zoneP90(Quantile quantile, int[] zoneResponses) {
        int zones = zoneResponses.length;
        int[] start = new int[zones + 1];
        for (int z = 0; z < zones; z++) {
            start[z + 1] = start[z] + zoneResponses[z];
        }
        double[] byZone = new double[responses];
        int[] fill = Arrays.copyOf(start, zones);
        for (int i = 0; i < responses; i++) {
            byZone[fill[responseZone[i]]++] = responseMinutes[i];
        }
        double[] p90 = new double[zones];
        for (int z = 0; z < zones; z++) {
            p90[z] = zoneResponses[z] == 0 ? Double.NaN : quantile.evaluateRange(byZone, start[z], start[z + 1], 0.9);
        }
        return p90;
    }

    private static double share(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
