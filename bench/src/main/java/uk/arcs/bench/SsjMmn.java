package uk.arcs.bench;

import java.util.ArrayDeque;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The M/M/N queue written the usual SSJ way (events on SSJ's default event list, MRG32k3a streams), as the
 * reference the ARCS engine is measured and checked against. Times are in hours.
 */
final class SsjMmn {

    /** One replication's counts: calls after the warm-up, how many found every car busy, their total wait. */
    record Counts(long incidents, long allBusy, double waitHours) {
    }

    private final int servers;
    private final double arrivalsPerHour;
    private final double servicePerHour;
    private final double warmupHours;
    private final double hours;

    SsjMmn(int servers, double arrivalsPerHour, double servicePerHour, double warmupHours, double hours) {
        this.servers = servers;
        this.arrivalsPerHour = arrivalsPerHour;
        this.servicePerHour = servicePerHour;
        this.warmupHours = warmupHours;
        this.hours = hours;
    }

    /** A new MRG32k3a stream each call: SSJ's own way of giving replications independent streams. */
    static RandomStream nextStream() {
        return new MRG32k3a();
    }

    Counts replicate(RandomStream stream) {
        Simulator simulator = new Simulator();
        simulator.init();
        ExponentialGen interArrival = new ExponentialGen(stream, arrivalsPerHour);
        ExponentialGen service = new ExponentialGen(stream, servicePerHour);
        ArrayDeque<Double> waiting = new ArrayDeque<>();
        long[] incidents = {0};
        long[] allBusy = {0};
        double[] wait = {0};
        int[] busy = {0};

        final class Departure extends Event {
            Departure() {
                super(simulator);
            }

            @Override
            public void actions() {
                if (waiting.isEmpty()) {
                    busy[0]--;
                    return;
                }
                double arrivedAt = waiting.removeFirst();
                if (arrivedAt >= warmupHours) {
                    wait[0] += simulator.time() - arrivedAt;
                }
                new Departure().schedule(service.nextDouble());
            }
        }

        final class Arrival extends Event {
            Arrival() {
                super(simulator);
            }

            @Override
            public void actions() {
                new Arrival().schedule(interArrival.nextDouble());
                boolean counted = simulator.time() >= warmupHours;
                if (counted) {
                    incidents[0]++;
                }
                if (busy[0] < servers) {
                    busy[0]++;
                    new Departure().schedule(service.nextDouble());
                } else {
                    if (counted) {
                        allBusy[0]++;
                    }
                    waiting.addLast(simulator.time());
                }
            }
        }

        final class End extends Event {
            End() {
                super(simulator);
            }

            @Override
            public void actions() {
                simulator.stop();
            }
        }

        new End().schedule(hours);
        new Arrival().schedule(interArrival.nextDouble());
        simulator.start();
        return new Counts(incidents[0], allBusy[0], wait[0]);
    }
}
