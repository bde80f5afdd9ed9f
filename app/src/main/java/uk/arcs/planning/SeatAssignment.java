package uk.arcs.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Instant;
import java.util.List;

/**
 * The planning entity: who fills one seat. The officer may stay unassigned, so an unfilled seat is a medium
 * penalty (the shortfall) rather than an infeasible roster. {@code candidates} are the officers the problem
 * builder found eligible for this seat; {@code previousOfficerId} is who held it in the roster a re-plan starts
 * from.
 */
@PlanningEntity
public class SeatAssignment {

    @PlanningId
    private String id;
    private Seat seat;
    private List<PlannedOfficer> candidates;
    private String previousOfficerId;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private PlannedOfficer officer;

    // The solver clones entities reflectively.
    SeatAssignment() {
    }

    public SeatAssignment(Seat seat, List<PlannedOfficer> candidates) {
        this(seat, candidates, null, null);
    }

    public SeatAssignment(Seat seat, List<PlannedOfficer> candidates, PlannedOfficer officer, String previousOfficerId) {
        this.id = seat.id();
        this.seat = seat;
        this.candidates = List.copyOf(candidates);
        this.officer = officer;
        this.previousOfficerId = previousOfficerId;
    }

    public String getId() {
        return id;
    }

    public Seat getSeat() {
        return seat;
    }

    @ValueRangeProvider(id = "candidates")
    public List<PlannedOfficer> getCandidates() {
        return candidates;
    }

    public PlannedOfficer getOfficer() {
        return officer;
    }

    public void setOfficer(PlannedOfficer officer) {
        this.officer = officer;
    }

    public String getPreviousOfficerId() {
        return previousOfficerId;
    }

    public boolean isFilled() {
        return officer != null;
    }

    public Instant start() {
        return seat.shift().start();
    }

    public Instant end() {
        return seat.shift().end();
    }

    public int day() {
        return seat.shift().day();
    }

    @Override
    public String toString() {
        return id + " <- " + (officer == null ? "unfilled" : officer.id());
    }
}
