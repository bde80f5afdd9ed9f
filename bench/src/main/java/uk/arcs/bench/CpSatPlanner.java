package uk.arcs.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.arcs.planning.PlannedOfficer;
import uk.arcs.planning.PlannerSettings;
import uk.arcs.planning.Roster;
import uk.arcs.planning.RosterRules;
import uk.arcs.planning.SeatAssignment;
import uk.arcs.planning.SeatKind;
import uk.arcs.planning.ShiftSlot;

/**
 * The same roster problem as a CP-SAT model, as a user of OR-Tools would write it. Seats of a shift that are
 * interchangeable (the counter-terrorism seats, each ARV car, each site) form a group, and a Boolean says whether
 * an officer sits in a group in a shift. Hard rules are constraints; the objective is the medium level (unfilled
 * seats by priority) times a million plus the soft terms with the planner's weights, the squares of night and
 * weekend counts included. Re-planning stability does not arise in a fresh solve.
 */
final class CpSatPlanner {

    private static final long MEDIUM = 1_000_000L;

    /** What a CP-SAT run gave: the roster (seats filled per its solution), when the first solution came, the status. */
    record Result(Roster roster, long buildMillis, long firstSolutionMillis, String status, int solutions) {
    }

    private record Group(int shift, String name, int capacity, int priority, List<SeatAssignment> seats) {
    }

    private record Choice(PlannedOfficer officer, Group group, BoolVar chosen) {
    }

    static {
        Loader.loadNativeLibraries();
    }

    private CpSatPlanner() {
    }

    static Result solve(Roster problem, PlannerSettings settings, Duration limit) {
        long begin = System.nanoTime();
        RosterRules rules = problem.getRules();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<ShiftSlot> shifts = new ArrayList<>();
        for (SeatAssignment assignment : problem.getAssignments()) {
            ShiftSlot shift = assignment.getSeat().shift();
            while (shifts.size() <= shift.index()) {
                shifts.add(null);
            }
            shifts.set(shift.index(), shift);
            String name = switch (assignment.getSeat().kind()) {
                case CT -> "CT";
                case ARV -> assignment.getSeat().car();
                case SITE -> assignment.getSeat().label().substring(0, assignment.getSeat().label().indexOf('/'));
            };
            groups.computeIfAbsent(shift.index() + "|" + name, k -> new Group(shift.index(), name, 0,
                    assignment.getSeat().priority(), new ArrayList<>())).seats().add(assignment);
        }

        CpModel model = new CpModel();
        Map<PlannedOfficer, List<Choice>> byOfficer = new HashMap<>();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (Group group : groups.values()) {
            LinearExprBuilder filled = LinearExpr.newBuilder();
            for (PlannedOfficer officer : group.seats().getFirst().getCandidates()) {
                BoolVar chosen = model.newBoolVar("");
                filled.add(chosen);
                byOfficer.computeIfAbsent(officer, o -> new ArrayList<>()).add(new Choice(officer, group, chosen));
                ShiftSlot shift = shifts.get(group.shift());
                long soft = (officer.mutualAid() ? settings.mutualAidWeight() : 0)
                        + (officer.restDays().contains(shift.day()) ? settings.restDayWorkingWeight() : 0);
                objective.addTerm(chosen, soft - MEDIUM * group.priority());
            }
            model.addLessOrEqual(filled, group.seats().size());
        }
        for (Map.Entry<PlannedOfficer, List<Choice>> entry : byOfficer.entrySet()) {
            constrainOfficer(model, entry.getValue(), shifts, rules, settings, objective);
        }
        model.minimize(objective);
        long buildMillis = (System.nanoTime() - begin) / 1_000_000;

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(limit.toSeconds());
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setRandomSeed(20_230_925);
        long[] first = {-1};
        int[] solutions = {0};
        CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                if (first[0] < 0) {
                    first[0] = (System.nanoTime() - begin) / 1_000_000;
                }
                solutions[0]++;
            }
        });
        List<SeatAssignment> assigned = new ArrayList<>();
        Map<Group, List<PlannedOfficer>> chosenByGroup = new HashMap<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            byOfficer.values().forEach(choices -> choices.stream().filter(c -> solver.booleanValue(c.chosen()))
                    .forEach(c -> chosenByGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c.officer())));
        }
        for (Group group : groups.values()) {
            List<PlannedOfficer> chosen = chosenByGroup.getOrDefault(group, List.of());
            for (int i = 0; i < group.seats().size(); i++) {
                SeatAssignment seat = group.seats().get(i);
                assigned.add(new SeatAssignment(seat.getSeat(), seat.getCandidates(), i < chosen.size() ? chosen.get(i) : null,
                        null));
            }
        }
        return new Result(problem.withAssignments(assigned), buildMillis, first[0], status.name(), solutions[0]);
    }

    private static void constrainOfficer(CpModel model, List<Choice> choices, List<ShiftSlot> shifts, RosterRules rules,
                                         PlannerSettings settings, LinearExprBuilder objective) {
        Map<Integer, List<BoolVar>> byShift = new HashMap<>();
        choices.forEach(c -> byShift.computeIfAbsent(c.group().shift(), s -> new ArrayList<>()).add(c.chosen()));
        Map<Integer, LinearExpr> works = new HashMap<>();
        byShift.forEach((shift, vars) -> {
            LinearExpr sum = LinearExpr.sum(vars.toArray(new BoolVar[0]));
            if (vars.size() > 1) {
                model.addLessOrEqual(sum, 1);
            }
            works.put(shift, sum);
        });
        List<Integer> worked = new ArrayList<>(works.keySet());
        worked.sort(Integer::compare);
        for (int i = 0; i < worked.size(); i++) {
            ShiftSlot a = shifts.get(worked.get(i));
            for (int j = i + 1; j < worked.size(); j++) {
                ShiftSlot b = shifts.get(worked.get(j));
                ShiftSlot earlier = a.start().isBefore(b.start()) ? a : b;
                ShiftSlot later = earlier == a ? b : a;
                long rest = Duration.between(earlier.end(), later.start()).toMinutes();
                if (rest < rules.minRestMinutes()) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(works.get(a.index())).add(works.get(b.index())), 1);
                }
            }
        }
        int days = shifts.stream().mapToInt(ShiftSlot::day).max().orElse(0) + 1;
        BoolVar[] day = new BoolVar[days];
        for (int d = 0; d < days; d++) {
            day[d] = model.newBoolVar("");
        }
        worked.forEach(s -> model.addLessOrEqual(works.get(s), day[shifts.get(s).day()]));
        int max = rules.maxConsecutiveShifts();
        for (int start = 0; start + max < days; start++) {
            LinearExprBuilder run = LinearExpr.newBuilder();
            for (int d = start; d <= start + max; d++) {
                run.add(day[d]);
            }
            model.addLessOrEqual(run, max);
        }
        for (int start = 0; start < days; start++) {
            LinearExprBuilder minutes = LinearExpr.newBuilder();
            for (int s : worked) {
                ShiftSlot shift = shifts.get(s);
                if (shift.day() >= start && shift.day() < start + 7) {
                    minutes.addTerm(works.get(s), shift.minutes());
                }
            }
            model.addLessOrEqual(minutes, rules.maxMinutesInSevenDays());
        }
        Map<String, BoolVar> cars = new HashMap<>();
        for (Choice choice : choices) {
            if (choice.group().seats().getFirst().getSeat().kind() == SeatKind.ARV) {
                BoolVar car = cars.computeIfAbsent(choice.group().name(), n -> model.newBoolVar(""));
                model.addLessOrEqual(choice.chosen(), car);
            }
        }
        if (!cars.isEmpty()) {
            BoolVar anyCar = model.newBoolVar("");
            LinearExpr distinct = LinearExpr.sum(cars.values().toArray(new BoolVar[0]));
            model.addLessOrEqual(anyCar, distinct);
            objective.addTerm(distinct, settings.crewChangeWeight());
            objective.addTerm(anyCar, -settings.crewChangeWeight());
        }
        List<LinearExpr> unsociable = new ArrayList<>();
        worked.stream().filter(s -> shifts.get(s).unsociable()).forEach(s -> unsociable.add(works.get(s)));
        if (!unsociable.isEmpty() && settings.unsociableShiftWeight() > 0) {
            IntVar count = model.newIntVar(0, unsociable.size(), "");
            model.addEquality(count, LinearExpr.sum(unsociable.toArray(new LinearExpr[0])));
            IntVar square = model.newIntVar(0, (long) unsociable.size() * unsociable.size(), "");
            model.addMultiplicationEquality(square, count, count);
            objective.addTerm(square, settings.unsociableShiftWeight());
        }
    }
}
