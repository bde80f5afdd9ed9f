package uk.arcs.simulation;

import java.util.List;
import java.util.function.Function;

/**
 * The figures a simulation reports: {@code Figures<Double>} for one replication, {@code Figures<Estimate>}
 * over all of them. Lists follow the config's order: {@code withinTarget} its {@code targetMinutes},
 * {@code utilisation} its cars, {@code zones} its zones.
 *
 * @param incidents          incidents that arose after the warm-up
 * @param probabilityAllBusy share of incidents that found no car free on arrival
 * @param meanWaitMinutes    mean wait, over incidents a car answered, until the first car was sent
 * @param lostFraction       share of incidents handed to mutual aid (only when {@code whenAllBusy} is lost)
 * @param responseMinutes    from the call to the first car's arrival, over incidents a car answered
 * @param withinTarget       share of incidents a car answered within each target (lost ones count as missed)
 * @param utilisation        share of time each car was busy: travelling, on scene, or returning home
 */
public record Figures<T>(T incidents, T probabilityAllBusy, T meanWaitMinutes, T lostFraction,
                         Response<T> responseMinutes, List<T> withinTarget, List<T> utilisation,
                         List<ZoneFigures<T>> zones) {

    public record Response<T>(T mean, T p50, T p90, T p95) {
        <U> Response<U> map(Function<? super T, ? extends U> f) {
            return new Response<>(f.apply(mean), f.apply(p50), f.apply(p90), f.apply(p95));
        }
    }

    public record ZoneFigures<T>(T incidents, T probabilityAllBusy, T lostFraction, T meanResponseMinutes,
                                 T p90ResponseMinutes, List<T> withinTarget) {
        <U> ZoneFigures<U> map(Function<? super T, ? extends U> f) {
            return new ZoneFigures<>(f.apply(incidents), f.apply(probabilityAllBusy), f.apply(lostFraction),
                    f.apply(meanResponseMinutes), f.apply(p90ResponseMinutes), mapAll(withinTarget, f));
        }
    }

    public Figures {
        withinTarget = List.copyOf(withinTarget);
        utilisation = List.copyOf(utilisation);
        zones = List.copyOf(zones);
    }

    public <U> Figures<U> map(Function<? super T, ? extends U> f) {
        return new Figures<>(f.apply(incidents), f.apply(probabilityAllBusy), f.apply(meanWaitMinutes),
                f.apply(lostFraction), responseMinutes.map(f), mapAll(withinTarget, f), mapAll(utilisation, f),
                zones.stream().map(zone -> zone.<U>map(f)).toList());
    }

    private static <T, U> List<U> mapAll(List<T> values, Function<? super T, ? extends U> f) {
        return values.stream().<U>map(f).toList();
    }
}
