package uk.arcs.planning;

/** The working-time limits the hard constraints read, as a problem fact of the roster. */
public record RosterRules(int maxConsecutiveShifts, int maxMinutesInSevenDays, int minRestMinutes) {

    public RosterRules {
        if (maxConsecutiveShifts < 1 || maxMinutesInSevenDays < 1 || minRestMinutes < 0) {
            throw new IllegalArgumentException("roster rules need positive limits");
        }
    }

    public static RosterRules from(PlannerSettings settings) {
        return new RosterRules(settings.maxConsecutiveShifts(), settings.maxHoursInSevenDays() * 60,
                settings.minRestHours() * 60);
    }
}
