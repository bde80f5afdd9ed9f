package uk.arcs.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftPattern;
import uk.arcs.force.Unit;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.Officer;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEventType;
import uk.arcs.posture.SubmittedPostureChange;
import uk.arcs.posture.ThreatLevel;
import uk.arcs.scenario.ForceScenario;

/**
 * A deterministic national data set: the 43 territorial forces of England and Wales with about 6,500
 * firearms officers (force sizes are illustrative, roughly in proportion to the forces) and exactly
 * {@link #OFFICER_EVENTS} officer events, most of them between {@link #FROM} and {@link #TO}.
 */
final class NationalDataSet {

    static final long SEED = 20_190_101L;
    static final int OFFICER_EVENTS = 1_000_000;
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final Instant FROM = LocalDate.of(2019, 1, 1).atStartOfDay(ZONE).toInstant();
    static final Instant TO = LocalDate.of(2025, 1, 1).atStartOfDay(ZONE).toInstant();

    static final String MET = "MET";
    private static final int MET_OFFICERS = 2_600;
    private static final String SOURCE = "bench";
    private static final String PLANNER = "bench.planner";

    private record ForceSize(String code, String name, int officers) {
    }

    private static final List<ForceSize> OTHER_FORCES = List.of(
            new ForceSize("CITY", "City of London Police", 50),
            new ForceSize("AVON_SOMERSET", "Avon and Somerset Police", 110),
            new ForceSize("BEDFORDSHIRE", "Bedfordshire Police", 55),
            new ForceSize("CAMBRIDGESHIRE", "Cambridgeshire Constabulary", 60),
            new ForceSize("CHESHIRE", "Cheshire Constabulary", 80),
            new ForceSize("CLEVELAND", "Cleveland Police", 60),
            new ForceSize("CUMBRIA", "Cumbria Constabulary", 50),
            new ForceSize("DERBYSHIRE", "Derbyshire Constabulary", 75),
            new ForceSize("DEVON_CORNWALL", "Devon and Cornwall Police", 120),
            new ForceSize("DORSET", "Dorset Police", 55),
            new ForceSize("DURHAM", "Durham Constabulary", 50),
            new ForceSize("DYFED_POWYS", "Dyfed-Powys Police", 50),
            new ForceSize("ESSEX", "Essex Police", 130),
            new ForceSize("GLOUCESTERSHIRE", "Gloucestershire Constabulary", 50),
            new ForceSize("GMP", "Greater Manchester Police", 290),
            new ForceSize("GWENT", "Gwent Police", 50),
            new ForceSize("HAMPSHIRE", "Hampshire and Isle of Wight Constabulary", 125),
            new ForceSize("HERTFORDSHIRE", "Hertfordshire Constabulary", 80),
            new ForceSize("HUMBERSIDE", "Humberside Police", 80),
            new ForceSize("KENT", "Kent Police", 145),
            new ForceSize("LANCASHIRE", "Lancashire Constabulary", 115),
            new ForceSize("LEICESTERSHIRE", "Leicestershire Police", 75),
            new ForceSize("LINCOLNSHIRE", "Lincolnshire Police", 55),
            new ForceSize("MERSEYSIDE", "Merseyside Police", 130),
            new ForceSize("NORFOLK", "Norfolk Constabulary", 70),
            new ForceSize("NORTH_WALES", "North Wales Police", 55),
            new ForceSize("NORTH_YORKSHIRE", "North Yorkshire Police", 55),
            new ForceSize("NORTHAMPTONSHIRE", "Northamptonshire Police", 55),
            new ForceSize("NORTHUMBRIA", "Northumbria Police", 105),
            new ForceSize("NOTTINGHAMSHIRE", "Nottinghamshire Police", 85),
            new ForceSize("SOUTH_WALES", "South Wales Police", 110),
            new ForceSize("SOUTH_YORKSHIRE", "South Yorkshire Police", 105),
            new ForceSize("STAFFORDSHIRE", "Staffordshire Police", 70),
            new ForceSize("SUFFOLK", "Suffolk Constabulary", 55),
            new ForceSize("SURREY", "Surrey Police", 70),
            new ForceSize("SUSSEX", "Sussex Police", 110),
            new ForceSize("THAMES_VALLEY", "Thames Valley Police", 170),
            new ForceSize("WARWICKSHIRE", "Warwickshire Police", 45),
            new ForceSize("WEST_MERCIA", "West Mercia Police", 85),
            new ForceSize("WEST_MIDLANDS", "West Midlands Police", 260),
            new ForceSize("WEST_YORKSHIRE", "West Yorkshire Police", 200),
            new ForceSize("WILTSHIRE", "Wiltshire Police", 55));

    /** The national threat level over the period, dated as announced; every force records it. */
    private record ThreatChange(LocalDate date, ThreatLevel level) {
    }

    private static final List<ThreatChange> THREAT_LEVELS = List.of(
            new ThreatChange(LocalDate.of(2017, 9, 17), ThreatLevel.SEVERE),
            new ThreatChange(LocalDate.of(2019, 11, 4), ThreatLevel.SUBSTANTIAL),
            new ThreatChange(LocalDate.of(2020, 11, 3), ThreatLevel.SEVERE),
            new ThreatChange(LocalDate.of(2021, 2, 8), ThreatLevel.SUBSTANTIAL),
            new ThreatChange(LocalDate.of(2021, 11, 15), ThreatLevel.SEVERE),
            new ThreatChange(LocalDate.of(2022, 2, 9), ThreatLevel.SUBSTANTIAL));

    /** Posture years start on 1 April; the first covers the start of the period. */
    private static final int FIRST_POSTURE_YEAR = 2018;
    private static final int LAST_POSTURE_YEAR = 2024;

    private record UnitPlan(String code, String name, String cipherPrefix, boolean onRota, int officers,
                            List<Accreditation> accreditations) {
    }

    /** An officer with the accreditations their unit and command roles need, and their career dates. */
    record PlannedOfficer(Officer officer, List<Accreditation> accreditations, OfficerCareer career) {
    }

    private final UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);

    private NationalDataSet() {
    }

    static List<ForceScenario> generate() {
        return new NationalDataSet().build();
    }

    private List<ForceScenario> build() {
        List<Force> forces = new ArrayList<>();
        List<List<UnitPlan>> unitPlans = new ArrayList<>();
        forces.add(force(MET, "Metropolitan Police Service"));
        unitPlans.add(metUnits());
        for (ForceSize size : OTHER_FORCES) {
            forces.add(force(size.code(), size.name()));
            unitPlans.add(standardUnits(size.officers()));
        }

        List<List<PlannedOfficer>> officersByForce = new ArrayList<>();
        List<PlannedOfficer> everyone = new ArrayList<>();
        for (int i = 0; i < forces.size(); i++) {
            List<PlannedOfficer> officers = officers(forces.get(i), unitPlans.get(i));
            officersByForce.add(officers);
            everyone.addAll(officers);
        }
        int[] quotas = eventQuotas(everyone);

        List<ForceScenario> scenarios = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < forces.size(); i++) {
            Force force = forces.get(i);
            List<OfficerHistory.Recording> recordings = new ArrayList<>();
            for (PlannedOfficer planned : officersByForce.get(i)) {
                recordings.addAll(OfficerHistory.write(planned, quotas[next++], random));
            }
            // Submitted in recording order, so event ids follow the order ARCS learned the facts in.
            recordings.sort(Comparator.comparing(OfficerHistory.Recording::recordedAt));
            List<SubmittedEvent> events = new ArrayList<>(recordings.size());
            for (OfficerHistory.Recording recording : recordings) {
                events.add(new SubmittedEvent(SOURCE, events.size() + 1, recording.event(), recording.recordedAt(),
                        recording.recordedBy(), null, false));
            }
            scenarios.add(new ForceScenario(force, units(force, unitPlans.get(i)),
                    officersByForce.get(i).stream().map(PlannedOfficer::officer).toList(), events,
                    posture(unitPlans.get(i), force.code().value().equals(MET))));
        }
        return scenarios;
    }

    private static Force force(String code, String name) {
        return new Force(ForceCode.of(code), name, ZONE, ShiftPattern.londonDefault());
    }

    private static List<UnitPlan> metUnits() {
        return List.of(
                new UnitPlan("ARV", "Armed response vehicles", "AR", true, 900, List.of(Accreditation.ARV)),
                new UnitPlan("CTSFO", "Counter-terrorism specialist firearms officers", "CT", true, 260,
                        List.of(Accreditation.CTSFO, Accreditation.SFO)),
                new UnitPlan("PROTECTION", "Protected sites", "PD", true, 1_100, List.of(Accreditation.PROTECTION_AFO)),
                new UnitPlan("TRAINING", "Firearms training", "FI", false, 190,
                        List.of(Accreditation.FIREARMS_INSTRUCTOR, Accreditation.ARV)),
                new UnitPlan("TACAD", "Tactical advisers", "TA", false, 150,
                        List.of(Accreditation.TACTICAL_ADVISER, Accreditation.ARV)));
    }

    private static List<UnitPlan> standardUnits(int officers) {
        int instructors = Math.max(2, officers * 8 / 100);
        int advisers = Math.max(2, officers * 5 / 100);
        return List.of(
                new UnitPlan("ARV", "Armed response vehicles", "AR", true, officers - instructors - advisers,
                        List.of(Accreditation.ARV)),
                new UnitPlan("TRAINING", "Firearms training", "FI", false, instructors,
                        List.of(Accreditation.FIREARMS_INSTRUCTOR, Accreditation.ARV)),
                new UnitPlan("TACAD", "Tactical advisers", "TA", false, advisers,
                        List.of(Accreditation.TACTICAL_ADVISER, Accreditation.ARV)));
    }

    private static List<Unit> units(Force force, List<UnitPlan> plans) {
        return plans.stream().map(plan -> new Unit(force.code(), plan.code(), plan.name(), "Firearms")).toList();
    }

    private List<PlannedOfficer> officers(Force force, List<UnitPlan> plans) {
        int teams = force.shiftPattern().teams();
        List<PlannedOfficer> officers = new ArrayList<>();
        for (UnitPlan plan : plans) {
            for (int i = 0; i < plan.officers(); i++) {
                Integer team = plan.onRota() ? i % teams + 1 : null;
                Officer officer = new Officer(force.code(), new Cipher(plan.cipherPrefix() + String.format("%04d", i + 1)),
                        plan.code(), team);
                List<Accreditation> accreditations = new ArrayList<>(plan.accreditations());
                // Firearms commanders are drawn from experienced officers: sergeants on the ARVs, tactical advisers.
                if (plan.code().equals("ARV") && i % 9 == 0) {
                    accreditations.add(Accreditation.OPERATIONAL_FIREARMS_COMMANDER);
                }
                if (plan.code().equals("TACAD") && i % 3 == 0) {
                    accreditations.add(Accreditation.TACTICAL_FIREARMS_COMMANDER);
                }
                if (plan.code().equals("TACAD") && i < 4) {
                    accreditations.add(Accreditation.STRATEGIC_FIREARMS_COMMANDER);
                }
                officers.add(new PlannedOfficer(officer, accreditations, OfficerCareer.draw(random)));
            }
        }
        return officers;
    }

    /**
     * How many events each officer gets: in proportion to the time they serve in the period, varied by a
     * fifth either way, adding up to exactly {@link #OFFICER_EVENTS}.
     */
    private int[] eventQuotas(List<PlannedOfficer> officers) {
        double[] weights = new double[officers.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = officers.get(i).career().activeDays() * (0.8 + 0.4 * random.nextDouble());
            total += weights[i];
        }
        int[] quotas = new int[weights.length];
        int assigned = 0;
        for (int i = 0; i < quotas.length; i++) {
            quotas[i] = (int) Math.floor(OFFICER_EVENTS * weights[i] / total);
            assigned += quotas[i];
        }
        for (int i = 0; assigned < OFFICER_EVENTS; i++, assigned++) {
            quotas[i]++;
        }
        return quotas;
    }

    /** Threat levels, and each year's ARV posture (and for the MET, counter-terrorism and protected sites). */
    private List<SubmittedPostureChange> posture(List<UnitPlan> units, boolean met) {
        List<SubmittedPostureChange> changes = new ArrayList<>();
        for (ThreatChange threat : THREAT_LEVELS) {
            Instant at = threat.date().atTime(12, 0).atZone(ZONE).toInstant();
            add(changes, new PostureChange(PostureEventType.THREAT_LEVEL, at,
                    "JTAC set the national threat level to " + threat.level(), null, null, null, null, null, null, null,
                    threat.level()), at.plus(Duration.ofHours(1)));
        }
        int teams = ShiftPattern.londonDefault().teams();
        int arvPerTeam = perTeam(units, "ARV", teams);
        int crew = met ? 3 : 2;
        for (int year = FIRST_POSTURE_YEAR; year <= LAST_POSTURE_YEAR; year++) {
            Instant start = LocalDate.of(year, 4, 1).atStartOfDay(ZONE).toInstant();
            Instant planned = start.minus(Duration.ofDays(10 + random.nextInt(20)));
            String reason = year + "/" + (year + 1) % 100 + " minimum armed posture";
            int cars = Math.max(1, (int) Math.round(arvPerTeam * share() / crew));
            add(changes, new PostureChange(PostureEventType.ARV_REQUIREMENT, start, reason, null, null, null, cars,
                    crew, null, null, null), planned);
            if (met) {
                int counterTerrorism = (int) Math.round(perTeam(units, "CTSFO", teams) * share());
                add(changes, new PostureChange(PostureEventType.CT_REQUIREMENT, start, reason, null, null, null,
                        counterTerrorism, null, null, null, null), planned);
                int posts = (int) Math.round(perTeam(units, "PROTECTION", teams) * share() / 4);
                for (String site : List.of("PALACE_OF_WESTMINSTER", "DOWNING_STREET", "BUCKINGHAM_PALACE",
                        "DIPLOMATIC_QUARTER")) {
                    add(changes, new PostureChange(PostureEventType.SITE_REQUIREMENT, start, reason, site,
                            site.replace('_', ' ').toLowerCase(Locale.ROOT), Accreditation.PROTECTION_AFO, posts, null,
                            false, "PROTECTION", null), planned);
                }
            }
        }
        return changes;
    }

    /** The share of a team the posture asks for: about half, so that absences sometimes cause a shortfall. */
    private double share() {
        return 0.45 + 0.15 * random.nextDouble();
    }

    private static int perTeam(List<UnitPlan> units, String code, int teams) {
        return units.stream().filter(u -> u.code().equals(code)).mapToInt(UnitPlan::officers).sum() / teams;
    }

    private static void add(List<SubmittedPostureChange> changes, PostureChange change, Instant recordedAt) {
        changes.add(new SubmittedPostureChange(SOURCE, changes.size() + 1, change, recordedAt, PLANNER));
    }
}
