package uk.arcs.planning;

/**
 * The planner's limits and weights (Spring properties {@code arcs.planner.*}).
 *
 * <p>Hard limits: {@code maxConsecutiveShifts} worked on consecutive days, {@code maxHoursInSevenDays} of shifts
 * starting in any seven consecutive days, {@code minRestHours} between the end of one shift and the start of the
 * next. Medium: the penalty per unfilled seat by kind, counter-terrorism first. Soft, per occurrence: a
 * mutual-aid officer used, rest-day working, an extra ARV car an officer is moved to, the square of an officer's
 * night and weekend shifts, an assignment changed by a re-plan.
 */
public record PlannerSettings(int maxConsecutiveShifts, int maxHoursInSevenDays, int minRestHours,
                              int counterTerrorismPriority, int arvPriority, int protectionPriority,
                              int mutualAidWeight, int restDayWorkingWeight, int crewChangeWeight,
                              int unsociableShiftWeight, int replanChangeWeight) {

    public static final PlannerSettings DEFAULTS = new PlannerSettings(5, 60, 11, 100, 10, 1, 30, 10, 5, 1, 100);

    public PlannerSettings {
        atLeast("maxConsecutiveShifts", maxConsecutiveShifts, 1);
        atLeast("maxHoursInSevenDays", maxHoursInSevenDays, 1);
        atLeast("minRestHours", minRestHours, 0);
        atLeast("counterTerrorismPriority", counterTerrorismPriority, 1);
        atLeast("arvPriority", arvPriority, 1);
        atLeast("protectionPriority", protectionPriority, 1);
        atLeast("mutualAidWeight", mutualAidWeight, 0);
        atLeast("restDayWorkingWeight", restDayWorkingWeight, 0);
        atLeast("crewChangeWeight", crewChangeWeight, 0);
        atLeast("unsociableShiftWeight", unsociableShiftWeight, 0);
        atLeast("replanChangeWeight", replanChangeWeight, 0);
        if (maxHoursInSevenDays > 7 * 24) {
            throw new IllegalArgumentException("maxHoursInSevenDays must be at most 168, not " + maxHoursInSevenDays);
        }
        if (minRestHours > 48) {
            throw new IllegalArgumentException("minRestHours must be at most 48, not " + minRestHours);
        }
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + value);
        }
    }

    public int priority(SeatKind kind) {
        return switch (kind) {
            case CT -> counterTerrorismPriority;
            case ARV -> arvPriority;
            case SITE -> protectionPriority;
        };
    }
}
