package uk.arcs.planning.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.arcs.planning.PlannerSettings;

/** {@code arcs.planner.*}: the planner's limits and weights (see docs/planner.md), solver seed and concurrency. */
@ConfigurationProperties("arcs.planner")
record PlannerProperties(@DefaultValue("5") int maxConsecutiveShifts, @DefaultValue("60") int maxHoursInSevenDays,
                         @DefaultValue("11") int minRestHours, @DefaultValue("100") int counterTerrorismPriority,
                         @DefaultValue("10") int arvPriority, @DefaultValue("1") int protectionPriority,
                         @DefaultValue("30") int mutualAidWeight, @DefaultValue("10") int restDayWorkingWeight,
                         @DefaultValue("5") int crewChangeWeight, @DefaultValue("1") int unsociableShiftWeight,
                         @DefaultValue("100") int replanChangeWeight, @DefaultValue("2") int maxConcurrentPlans,
                         @DefaultValue("20230925") long randomSeed) {

    PlannerSettings settings() {
        return new PlannerSettings(maxConsecutiveShifts, maxHoursInSevenDays, minRestHours, counterTerrorismPriority,
                arvPriority, protectionPriority, mutualAidWeight, restDayWorkingWeight, crewChangeWeight,
                unsociableShiftWeight, replanChangeWeight);
    }
}
