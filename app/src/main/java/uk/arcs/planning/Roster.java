package uk.arcs.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The planning solution: every seat of the horizon with who fills it, the officers who may, the working-time
 * rules and the soft weights, and the score. Hard: the rules of who may sit where and when; medium: unfilled
 * seats by priority; soft: cost and fairness.
 */
@PlanningSolution
public class Roster {

    private String force;
    private LocalDate from;
    private int days;

    @ProblemFactCollectionProperty
    private List<PlannedOfficer> officers;

    @ProblemFactProperty
    private RosterRules rules;

    @PlanningEntityCollectionProperty
    private List<SeatAssignment> assignments;

    private ConstraintWeightOverrides<HardMediumSoftScore> weights;

    @PlanningScore
    private HardMediumSoftScore score;

    // The solver clones solutions reflectively.
    Roster() {
    }

    public Roster(String force, LocalDate from, int days, List<PlannedOfficer> officers, List<SeatAssignment> assignments,
                  PlannerSettings settings) {
        this.force = force;
        this.from = from;
        this.days = days;
        this.officers = List.copyOf(officers);
        this.assignments = List.copyOf(assignments);
        this.rules = RosterRules.from(settings);
        this.weights = ConstraintWeightOverrides.of(RosterConstraints.weights(settings));
    }

    /** The same problem with other assignments (a re-plan's starting point). */
    public Roster withAssignments(List<SeatAssignment> replaced) {
        return copy(replaced, weights);
    }

    /** The same roster, sharing its assignments, scored with other weights (one constraint's share of the score). */
    Roster withWeights(Map<String, HardMediumSoftScore> replaced) {
        return copy(assignments, ConstraintWeightOverrides.of(replaced));
    }

    private Roster copy(List<SeatAssignment> replaced, ConstraintWeightOverrides<HardMediumSoftScore> scoredWith) {
        Roster copy = new Roster();
        copy.force = force;
        copy.from = from;
        copy.days = days;
        copy.officers = officers;
        copy.rules = rules;
        copy.weights = scoredWith;
        copy.assignments = List.copyOf(replaced);
        return copy;
    }

    public String getForce() {
        return force;
    }

    public LocalDate getFrom() {
        return from;
    }

    public int getDays() {
        return days;
    }

    public List<PlannedOfficer> getOfficers() {
        return officers;
    }

    public RosterRules getRules() {
        return rules;
    }

    public List<SeatAssignment> getAssignments() {
        return assignments;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getWeights() {
        return weights;
    }

    // Timefold reads the weight overrides through a getter and setter pair.
    public void setWeights(ConstraintWeightOverrides<HardMediumSoftScore> weights) {
        this.weights = weights;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public long filled() {
        return assignments.stream().filter(SeatAssignment::isFilled).count();
    }

    public long unfilled() {
        return assignments.size() - filled();
    }
}
