package uk.arcs.planning;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Map;
import java.util.Set;
import uk.arcs.force.Accreditation;

/**
 * An officer the planner may place, as a problem fact: the force's own officers, and mutual-aid officers
 * deployed to it. {@code availableShifts} holds the indices of the shifts the officer may work (authorised,
 * not absent, on the rota or resting that day for own officers, deployed for aid officers);
 * {@code accreditationsByDay} the accreditations in date on each day of the horizon; {@code restDays} the
 * days the officer's rota gives as rest days, worked only as rest-day working.
 */
public record PlannedOfficer(@PlanningId String id, String cipher, String force, String unit, boolean mutualAid,
                             boolean releasedForCounterTerrorism, Set<Integer> availableShifts,
                             Map<Integer, Set<Accreditation>> accreditationsByDay, Set<Integer> restDays) {

    public PlannedOfficer {
        if (id == null || cipher == null || force == null || unit == null) {
            throw new IllegalArgumentException("a planned officer needs an id, a cipher, a force and a unit");
        }
        availableShifts = Set.copyOf(availableShifts);
        accreditationsByDay = Map.copyOf(accreditationsByDay);
        restDays = Set.copyOf(restDays);
    }

    public static String idOf(String force, String cipher) {
        return force + "/" + cipher;
    }

    public boolean mayWork(ShiftSlot shift) {
        return availableShifts.contains(shift.index());
    }

    public boolean holdsOn(Accreditation accreditation, int day) {
        return accreditationsByDay.getOrDefault(day, Set.of()).contains(accreditation);
    }

    public boolean restsOn(int day) {
        return restDays.contains(day);
    }

    // The solver joins assignments on their officer; hashing by id keeps that cheap.
    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedOfficer officer && officer.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
