package uk.arcs.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs a config's replications, in parallel on up to {@code threads} threads, and combines them.
 *
 * <p>Random streams: the seed initialises one xoshiro256++ generator (Commons RNG expands the long seed with
 * SplitMix64); replication r uses a copy of it advanced by r jumps of 2^128 draws. The streams cannot overlap
 * in any feasible run, and replication r draws the same numbers whatever the number of replications or threads,
 * so the same config always gives the same result.
 */
public final class Simulator {

    /** Told after each replication; called from the simulation's threads. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void replicationsDone(int done, int total);
    }

    private final int threads;

    public Simulator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    public static Simulator onAllCores() {
        return new Simulator(Runtime.getRuntime().availableProcessors());
    }

    public SimulationResult run(SimulationConfig config) {
        return run(config, Progress.NONE);
    }

    public SimulationResult run(SimulationConfig config, Progress progress) {
        Network network = new Network(config);
        List<UniformRandomProvider> streams = streams(config.seed(), config.replications());
        AtomicInteger done = new AtomicInteger();
        int total = config.replications();
        Function<Integer, Figures<Double>> replicate = r -> {
            if (Thread.currentThread().isInterrupted()) {
                // Stopped (a server shutting down): replications not yet begun are not run.
                throw new CancellationException("the simulation was stopped");
            }
            Figures<Double> figures = new Replication(config, network, streams.get(r)).run();
            progress.replicationsDone(done.incrementAndGet(), total);
            return figures;
        };
        List<Figures<Double>> replications = threads == 1 || total == 1
                ? IntStream.range(0, total).mapToObj(replicate::apply).toList()
                : inParallel(total, replicate);
        return new SimulationResult(total, config.zones().stream().map(SimulationConfig.Zone::id).toList(),
                config.cars().stream().map(SimulationConfig.Car::id).toList(), config.targetMinutes(),
                combine(replications));
    }

    static List<UniformRandomProvider> streams(long seed, int count) {
        JumpableUniformRandomProvider base = (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
        return base.jumps(count).toList();
    }

    private List<Figures<Double>> inParallel(int total, Function<Integer, Figures<Double>> replicate) {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total),
                Thread.ofPlatform().name("arcs-simulation-", 0).daemon().factory())) {
            List<Future<Figures<Double>>> futures = new ArrayList<>(total);
            for (int r = 0; r < total; r++) {
                int replication = r;
                futures.add(pool.submit(() -> replicate.apply(replication)));
            }
            List<Figures<Double>> results = new ArrayList<>(total);
            try {
                for (Future<Figures<Double>> future : futures) {
                    results.add(future.get());
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the simulation was interrupted", e);
            } catch (ExecutionException e) {
                pool.shutdownNow();
                throw new IllegalStateException("a replication failed", e.getCause());
            }
            return results;
        }
    }

    static Figures<Estimate> combine(List<Figures<Double>> replications) {
        Figures<Double> first = replications.getFirst();
        return new Figures<>(estimate(replications, Figures::incidents),
                estimate(replications, Figures::probabilityAllBusy),
                estimate(replications, Figures::meanWaitMinutes),
                estimate(replications, Figures::lostFraction),
                new Figures.Response<>(estimate(replications, f -> f.responseMinutes().mean()),
                        estimate(replications, f -> f.responseMinutes().p50()),
                        estimate(replications, f -> f.responseMinutes().p90()),
                        estimate(replications, f -> f.responseMinutes().p95())),
                IntStream.range(0, first.withinTarget().size())
                        .mapToObj(t -> estimate(replications, f -> f.withinTarget().get(t))).toList(),
                IntStream.range(0, first.utilisation().size())
                        .mapToObj(c -> estimate(replications, f -> f.utilisation().get(c))).toList(),
                IntStream.range(0, first.zones().size()).mapToObj(z -> combineZone(replications, z)).toList());
    }

    private static Figures.ZoneFigures<Estimate> combineZone(List<Figures<Double>> replications, int zone) {
        Function<Figures<Double>, Figures.ZoneFigures<Double>> of = f -> f.zones().get(zone);
        return new Figures.ZoneFigures<>(estimate(replications, f -> of.apply(f).incidents()),
                estimate(replications, f -> of.apply(f).probabilityAllBusy()),
                estimate(replications, f -> of.apply(f).lostFraction()),
                estimate(replications, f -> of.apply(f).meanResponseMinutes()),
                estimate(replications, f -> of.apply(f).p90ResponseMinutes()),
                IntStream.range(0, replications.getFirst().zones().get(zone).withinTarget().size())
                        .mapToObj(t -> estimate(replications, f -> of.apply(f).withinTarget().get(t))).toList());
    }

    private static Estimate estimate(List<Figures<Double>> replications, Function<Figures<Double>, Double> figure) {
        return Estimate.of(replications.stream().mapToDouble(f -> figure.apply(f)).toArray());
    }
}
