package uk.arcs.officer;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import uk.arcs.force.Accreditation;

/**
 * Every officer of a force at one instant, as known at another, held as columns: what a capability picture
 * passes over. Each officer's state (authorisation status, accreditations in date and lapsed, absence) is
 * packed into one int, and what does not change over time (team, unit) sits in arrays shared by every
 * instant's states of the force, so a pass over thousands of officers reads a few arrays end to end rather
 * than an object per officer. As a list it gives each officer's {@link OfficerStatus}, made on demand.
 */
public final class OfficerStates extends AbstractList<OfficerStatus> implements RandomAccess {

    private static final AuthorisationStatus[] STATUSES = AuthorisationStatus.values();
    private static final Absence[] ABSENCES = Absence.values();
    private static final int ACCREDITATIONS = Accreditation.values().length;
    private static final int STATUS_BITS = 3;
    private static final int ABSENCE_BITS = 2;
    private static final int VALID_SHIFT = STATUS_BITS + ABSENCE_BITS;
    private static final int LAPSED_SHIFT = VALID_SHIFT + ACCREDITATIONS;
    private static final int ACCREDITATION_MASK = (1 << ACCREDITATIONS) - 1;

    static {
        if (STATUSES.length > 1 << STATUS_BITS || ABSENCES.length > 1 << ABSENCE_BITS
                || LAPSED_SHIFT + ACCREDITATIONS > Integer.SIZE - 1) {
            throw new IllegalStateException("an officer's state no longer packs into an int");
        }
    }

    /** What does not change over time: the officers in order, their teams and their units. */
    static final class Columns {
        private final Officer[] officers;
        /** The officer's rota team, or 0 for none. */
        private final int[] teams;
        private final int[] units;
        private final Map<String, Integer> unitIndex;

        Columns(List<Officer> officers) {
            this.officers = officers.toArray(new Officer[0]);
            this.teams = new int[this.officers.length];
            this.units = new int[this.officers.length];
            this.unitIndex = new HashMap<>();
            for (int i = 0; i < this.officers.length; i++) {
                Officer officer = this.officers[i];
                teams[i] = officer.team() == null ? 0 : officer.team();
                units[i] = unitIndex.computeIfAbsent(officer.unit(), u -> unitIndex.size());
            }
        }

        int size() {
            return officers.length;
        }
    }

    private final Columns columns;
    private final int[] states;

    OfficerStates(Columns columns, int[] states) {
        if (states.length != columns.size()) {
            throw new IllegalArgumentException(states.length + " states for " + columns.size() + " officers");
        }
        this.columns = columns;
        this.states = states;
    }

    /** The statuses as columns; the same object when it already is. */
    public static OfficerStates of(List<OfficerStatus> statuses) {
        if (statuses instanceof OfficerStates states) {
            return states;
        }
        int[] packed = new int[statuses.size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = pack(statuses.get(i));
        }
        return new OfficerStates(new Columns(statuses.stream().map(OfficerStatus::officer).toList()), packed);
    }

    /** The status packed into an int: never negative, so -1 can stand for none. */
    static int pack(OfficerStatus status) {
        return status.status().ordinal() | status.absence().ordinal() << STATUS_BITS
                | AccreditationSets.bits(status.validAccreditations()) << VALID_SHIFT
                | AccreditationSets.bits(status.lapsedAccreditations()) << LAPSED_SHIFT;
    }

    @Override
    public int size() {
        return states.length;
    }

    /** The officer's status packed by {@link #pack}, as a status again. */
    static OfficerStatus unpack(Officer officer, int state) {
        return new OfficerStatus(officer, STATUSES[state & (1 << STATUS_BITS) - 1],
                AccreditationSets.of(state >>> VALID_SHIFT & ACCREDITATION_MASK),
                AccreditationSets.of(state >>> LAPSED_SHIFT & ACCREDITATION_MASK),
                ABSENCES[state >>> STATUS_BITS & (1 << ABSENCE_BITS) - 1]);
    }

    @Override
    public OfficerStatus get(int i) {
        return unpack(columns.officers[i], states[i]);
    }

    public Officer officer(int i) {
        return columns.officers[i];
    }

    public AuthorisationStatus status(int i) {
        return STATUSES[states[i] & (1 << STATUS_BITS) - 1];
    }

    public Absence absence(int i) {
        return ABSENCES[states[i] >>> STATUS_BITS & (1 << ABSENCE_BITS) - 1];
    }

    /** The accreditations officer {@code i} holds in date, one bit each: {@link #bit(Accreditation)}. */
    public int validAccreditationBits(int i) {
        return states[i] >>> VALID_SHIFT & ACCREDITATION_MASK;
    }

    public static int bit(Accreditation accreditation) {
        return AccreditationSets.bit(accreditation);
    }

    /** Officer {@code i}'s rota team, or 0 if the officer is not on the rota. */
    public int team(int i) {
        return columns.teams[i];
    }

    /** Officer {@code i}'s unit, as a number that {@link #unitNumber(String)} gives for the unit's name. */
    public int unitNumber(int i) {
        return columns.units[i];
    }

    /** The number of the unit, or -1 if no officer here belongs to it. */
    public int unitNumber(String unit) {
        return columns.unitIndex.getOrDefault(unit, -1);
    }
}
