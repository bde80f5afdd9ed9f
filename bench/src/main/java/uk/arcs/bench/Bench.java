package uk.arcs.bench;

import java.util.Arrays;

/** {@code ./arcs bench NAME}: runs the named benchmark. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status = switch (name) {
            case "capability" -> CapabilityBench.run(rest);
            case "simulation" -> SimulationBench.run(rest);
            case "load" -> LoadBench.run(rest);
            case "planner" -> {
                PlannerBench.main(rest);
                yield 0;
            }
            default -> {
                System.err.println("bench: unknown benchmark '" + name + "'; known: capability, simulation, planner, load");
                yield 2;
            }
        };
        System.exit(status);
    }
}
