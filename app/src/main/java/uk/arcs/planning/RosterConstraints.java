package uk.arcs.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the roster, one method per constraint. Hard: who may sit where and when, and working time.
 * Medium: unfilled seats by priority. Soft: aid costs money, rest days, crews kept together, fair nights and
 * weekends, and stability when re-planning. Soft weights come from the roster's weight overrides.
 */
public final class RosterConstraints implements ConstraintProvider {

    public static final String ACCREDITATION_VALID = "Accreditation valid on the day";
    public static final String OFFICER_AVAILABLE = "Officer available for the shift";
    public static final String SITE_UNIT = "Site staffed by its own unit";
    public static final String AID_COUNTER_TERRORISM = "Mutual aid on counter-terrorism only when released";
    public static final String ONE_SEAT_AT_A_TIME = "One seat at a time";
    public static final String REST_BETWEEN_SHIFTS = "Rest between shifts";
    public static final String CONSECUTIVE_SHIFTS = "Consecutive shifts";
    public static final String HOURS_IN_SEVEN_DAYS = "Hours in any seven days";
    public static final String UNFILLED_SEAT = "Unfilled seat";
    public static final String MUTUAL_AID_USED = "Mutual aid officer used";
    public static final String REST_DAY_WORKING = "Rest-day working";
    public static final String CREW_KEPT_TOGETHER = "ARV crew kept together";
    public static final String UNSOCIABLE_SHIFTS_SPREAD = "Nights and weekends spread fairly";
    public static final String CHANGED_FROM_PREVIOUS = "Changed from previous roster";

    /** Every constraint's weight: hard and medium ones count one per match (or per match weight), soft ones as set. */
    public static Map<String, HardMediumSoftScore> weights(PlannerSettings settings) {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        for (String hard : List.of(ACCREDITATION_VALID, OFFICER_AVAILABLE, SITE_UNIT, AID_COUNTER_TERRORISM,
                ONE_SEAT_AT_A_TIME, REST_BETWEEN_SHIFTS, CONSECUTIVE_SHIFTS, HOURS_IN_SEVEN_DAYS)) {
            weights.put(hard, HardMediumSoftScore.ONE_HARD);
        }
        weights.put(UNFILLED_SEAT, HardMediumSoftScore.ONE_MEDIUM);
        weights.put(MUTUAL_AID_USED, HardMediumSoftScore.ofSoft(settings.mutualAidWeight()));
        weights.put(REST_DAY_WORKING, HardMediumSoftScore.ofSoft(settings.restDayWorkingWeight()));
        weights.put(CREW_KEPT_TOGETHER, HardMediumSoftScore.ofSoft(settings.crewChangeWeight()));
        weights.put(UNSOCIABLE_SHIFTS_SPREAD, HardMediumSoftScore.ofSoft(settings.unsociableShiftWeight()));
        weights.put(CHANGED_FROM_PREVIOUS, HardMediumSoftScore.ofSoft(settings.replanChangeWeight()));
        return weights;
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                accreditationValidOnTheDay(factory),
                officerAvailableForTheShift(factory),
                siteStaffedByItsOwnUnit(factory),
                mutualAidOnCounterTerrorismOnlyWhenReleased(factory),
                oneSeatAtATime(factory),
                restBetweenShifts(factory),
                consecutiveShifts(factory),
                hoursInAnySevenDays(factory),
                unfilledSeat(factory),
                mutualAidOfficerUsed(factory),
                restDayWorking(factory),
                arvCrewKeptTogether(factory),
                nightsAndWeekendsSpreadFairly(factory),
                changedFromPreviousRoster(factory)
        };
    }

    Constraint accreditationValidOnTheDay(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> !a.getOfficer().holdsOn(a.getSeat().accreditation(), a.day()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ACCREDITATION_VALID);
    }

    Constraint officerAvailableForTheShift(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> !a.getOfficer().mayWork(a.getSeat().shift()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(OFFICER_AVAILABLE);
    }

    Constraint siteStaffedByItsOwnUnit(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getSeat().unit() != null && !a.getOfficer().mutualAid()
                        && !a.getSeat().unit().equals(a.getOfficer().unit()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SITE_UNIT);
    }

    Constraint mutualAidOnCounterTerrorismOnlyWhenReleased(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getSeat().counterTerrorism() && a.getOfficer().mutualAid()
                        && !a.getOfficer().releasedForCounterTerrorism())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(AID_COUNTER_TERRORISM);
    }

    Constraint oneSeatAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(SeatAssignment.class,
                        Joiners.equal(SeatAssignment::getOfficer),
                        Joiners.overlapping(SeatAssignment::start, SeatAssignment::end))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ONE_SEAT_AT_A_TIME);
    }

    /** Each pair of an officer's shifts closer than the minimum rest, end to start, is one violation. */
    Constraint restBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .join(SeatAssignment.class,
                        Joiners.equal(SeatAssignment::getOfficer),
                        Joiners.lessThanOrEqual(SeatAssignment::end, SeatAssignment::start))
                .join(RosterRules.class)
                .filter((earlier, later, rules) ->
                        Duration.between(earlier.end(), later.start()).toMinutes() < rules.minRestMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(REST_BETWEEN_SHIFTS);
    }

    /** A run of days worked one after another, longer than the limit, costs one per day over it. */
    Constraint consecutiveShifts(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .groupBy(SeatAssignment::getOfficer, toConsecutiveSequences(SeatAssignment::day))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .join(RosterRules.class)
                .filter((officer, run, rules) -> run.getLength() > rules.maxConsecutiveShifts())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (officer, run, rules) -> run.getLength() - rules.maxConsecutiveShifts())
                .asConstraint(CONSECUTIVE_SHIFTS);
    }

    /**
     * For every day an officer starts a shift, the shifts starting in the seven days from it may add up to the
     * limit; each hour (or part) over it, per such window, costs one.
     */
    Constraint hoursInAnySevenDays(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .groupBy(SeatAssignment::getOfficer, SeatAssignment::day)
                .join(SeatAssignment.class,
                        Joiners.equal((officer, day) -> officer, SeatAssignment::getOfficer),
                        Joiners.lessThanOrEqual((officer, day) -> day, SeatAssignment::day),
                        Joiners.greaterThan((officer, day) -> day + 7, SeatAssignment::day))
                .groupBy((officer, day, shift) -> officer, (officer, day, shift) -> day,
                        sum((officer, day, shift) -> shift.getSeat().shift().minutes()))
                .join(RosterRules.class)
                .filter((officer, day, minutes, rules) -> minutes > rules.maxMinutesInSevenDays())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (officer, day, minutes, rules) -> (int) Math.ceilDiv(minutes - rules.maxMinutesInSevenDays(), 60))
                .asConstraint(HOURS_IN_SEVEN_DAYS);
    }

    Constraint unfilledSeat(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getOfficer() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, a -> a.getSeat().priority())
                .asConstraint(UNFILLED_SEAT);
    }

    Constraint mutualAidOfficerUsed(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getOfficer().mutualAid())
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(MUTUAL_AID_USED);
    }

    Constraint restDayWorking(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getOfficer().restsOn(a.day()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(REST_DAY_WORKING);
    }

    /** Car numbers stay the same from shift to shift: an officer in one car all horizon keeps one crew. */
    Constraint arvCrewKeptTogether(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getSeat().kind() == SeatKind.ARV)
                .groupBy(SeatAssignment::getOfficer, countDistinct(a -> a.getSeat().car()))
                .filter((officer, cars) -> cars > 1)
                .penalize(HardMediumSoftScore.ONE_SOFT, (officer, cars) -> cars - 1)
                .asConstraint(CREW_KEPT_TOGETHER);
    }

    /** The square of each officer's night and weekend shifts: spreading them lowers the sum. */
    Constraint nightsAndWeekendsSpreadFairly(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class)
                .filter(a -> a.getSeat().shift().unsociable())
                .groupBy(SeatAssignment::getOfficer, count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (officer, shifts) -> shifts * shifts)
                .asConstraint(UNSOCIABLE_SHIFTS_SPREAD);
    }

    Constraint changedFromPreviousRoster(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SeatAssignment.class)
                .filter(a -> a.getPreviousOfficerId() != null
                        && (a.getOfficer() == null || !a.getOfficer().id().equals(a.getPreviousOfficerId())))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(CHANGED_FROM_PREVIOUS);
    }
}
