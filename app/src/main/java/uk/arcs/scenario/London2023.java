package uk.arcs.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;
import org.apache.commons.rng.simple.RandomSource;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftPattern;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEventType;
import uk.arcs.posture.ThreatLevel;

/**
 * The September 2023 London crisis as a deterministic data set: the MET with exactly 2,595 firearms officers
 * across its real commands, eleven neighbouring forces, and the step-back and return events of 21 September
 * to mid-October 2023, timed so that the published figures hold. Every assumption is in docs/scenarios.md.
 */
public final class London2023 {

    public static final String NAME = "london-2023";
    public static final long SEED = 20_230_923L;
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MET_FIREARMS_OFFICERS = 2_595;
    public static final int PEAK_STEPPED_BACK = 300;

    static final String RESOURCING = "scenario.resourcing";
    static final String SUPERVISOR = "scenario.firearms.supervisor";
    static final String HR = "scenario.hr.migration";

    /** Two-week leave blocks: the one from 18 September covers the whole crisis, so who is on leave is constant. */
    static final List<LocalDate> LEAVE_BLOCKS = List.of(LocalDate.of(2023, 8, 21), LocalDate.of(2023, 9, 4),
            LocalDate.of(2023, 9, 18), LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 16));

    private final UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);

    private London2023() {
    }

    public static List<ForceScenario> generate() {
        return new London2023().build();
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private List<ForceScenario> build() {
        List<ForceScenario> forces = new ArrayList<>();
        forces.add(metropolitan());
        forces.add(cityOfLondon());
        forces.add(neighbour("KENT", "Kent Police", 30, 10, 6, 7, 2));
        forces.add(neighbour("HAMPSHIRE", "Hampshire and Isle of Wight Constabulary", 36, 12, 6, 8, 2));
        forces.add(neighbour("AVON_SOMERSET", "Avon and Somerset Police", 32, 10, 6, 8, 2));
        forces.add(neighbour("BEDFORDSHIRE", "Bedfordshire Police", 14, 4, 2, 3, 1));
        forces.add(neighbour("CAMBRIDGESHIRE", "Cambridgeshire Constabulary", 12, 4, 2, 3, 1));
        forces.add(neighbour("HERTFORDSHIRE", "Hertfordshire Constabulary", 16, 4, 2, 4, 1));
        forces.add(neighbour("THAMES_VALLEY", "Thames Valley Police", 44, 12, 8, 10, 3));
        forces.add(neighbour("LEICESTERSHIRE", "Leicestershire Police", 20, 6, 4, 5, 1));
        forces.add(neighbour("SURREY", "Surrey Police", 18, 6, 2, 4, 1));
        forces.add(sussex());
        return forces;
    }

    // ---------------------------------------------------------------- the Metropolitan Police

    /** Per-unit rota staffing: officers per team, officers on leave per team, long-term sick and restricted per team. */
    private record Staffing(int perTeam, int leavePerTeam, int sickPerTeam, int restrictedPerTeam,
                            int lapsedPerTeam) {
        Staffing(int perTeam, int leavePerTeam, int sickPerTeam, int restrictedPerTeam) {
            this(perTeam, leavePerTeam, sickPerTeam, restrictedPerTeam, 0);
        }
    }

    /** Officers whose only accreditation expired on 9 September 2023. */
    private final Set<Officer> lapsed = new HashSet<>();

    private final Map<Officer, List<Instant[]>> leave = new HashMap<>();
    private final Set<Officer> longTermAbsent = new HashSet<>();

    private ForceScenario metropolitan() {
        Force met = new Force(ForceCode.of("MET"), "Metropolitan Police Service", LONDON, ShiftPattern.londonDefault());
        ScenarioBuilder b = new ScenarioBuilder(met);
        String mo19 = "Specialist Firearms Command (MO19)";
        String protection = "Protection Command";
        b.unit("SFC_ARV", "Armed response vehicles", mo19);
        b.unit("SFC_SFO", "Specialist firearms officers", mo19);
        b.unit("SFC_CTSFO", "Counter-terrorism specialist firearms officers", mo19);
        b.unit("SFC_TRAINING", "Firearms training (instructors)", mo19);
        b.unit("SFC_TACAD", "Tactical advisers", mo19);
        b.unit("PADP", "Parliamentary and Diplomatic Protection", protection);
        b.unit("RASP", "Royalty and Specialist Protection", protection);
        b.unit("AVIATION", "Aviation Policing (Heathrow and London City)", "Met Operations");

        Map<String, List<Officer>> byUnit = new LinkedHashMap<>();
        byUnit.put("SFC_ARV", rota(b, "SFC_ARV", "AR", new Staffing(54, 5, 1, 1), Accreditation.ARV));
        byUnit.put("SFC_SFO", rota(b, "SFC_SFO", "SF", new Staffing(24, 2, 0, 0), Accreditation.SFO));
        byUnit.put("SFC_CTSFO", rota(b, "SFC_CTSFO", "CT", new Staffing(26, 1, 0, 0), Accreditation.CTSFO,
                Accreditation.SFO));
        byUnit.put("SFC_TRAINING", offRota(b, "SFC_TRAINING", "FI", 60, Accreditation.FIREARMS_INSTRUCTOR,
                Accreditation.ARV));
        byUnit.put("SFC_TACAD", offRota(b, "SFC_TACAD", "TA", 25, Accreditation.TACTICAL_ADVISER, Accreditation.ARV));
        byUnit.put("PADP", rota(b, "PADP", "PD", new Staffing(190, 12, 2, 1, 1), Accreditation.PROTECTION_AFO));
        List<Officer> rasp = new ArrayList<>(rota(b, "RASP", "RP", new Staffing(88, 6, 1, 1),
                Accreditation.PROTECTION_AFO));
        rasp.addAll(offRota(b, "RASP", "PP", 40, Accreditation.PROTECTION_AFO));
        byUnit.put("RASP", rasp);
        byUnit.put("AVIATION", rota(b, "AVIATION", "AP", new Staffing(112, 8, 1, 1), Accreditation.PROTECTION_AFO));

        commandRoles(b, byUnit);
        lapsedAndRequalified(b, byUnit.get("PADP"));
        metPosture(b);
        crisis(b, byUnit);
        return b.build();
    }

    private void commandRoles(ScenarioBuilder b, Map<String, List<Officer>> byUnit) {
        // Firearms commanders are drawn from experienced AFOs: sergeants as operational, inspectors as tactical.
        for (Officer officer : everyNth(byUnit.get("SFC_ARV"), 9)) {
            accredit(b, officer, Accreditation.OPERATIONAL_FIREARMS_COMMANDER);
        }
        for (Officer officer : everyNth(byUnit.get("PADP"), 19)) {
            accredit(b, officer, Accreditation.OPERATIONAL_FIREARMS_COMMANDER);
        }
        for (Officer officer : everyNth(byUnit.get("SFC_TACAD"), 2)) {
            accredit(b, officer, Accreditation.TACTICAL_FIREARMS_COMMANDER);
        }
        for (Officer officer : byUnit.get("SFC_TACAD").subList(0, 6)) {
            accredit(b, officer, Accreditation.STRATEGIC_FIREARMS_COMMANDER);
        }
    }

    private static List<Officer> everyNth(List<Officer> officers, int n) {
        List<Officer> chosen = new ArrayList<>();
        for (int i = 0; i < officers.size(); i += n) {
            chosen.add(officers.get(i));
        }
        return chosen;
    }

    /**
     * One protection officer per team whose requalification fell due just before the crisis (course places
     * were lost): LAPSED from 10 September until they requalify on 4 October.
     */
    private void lapsedAndRequalified(ScenarioBuilder b, List<Officer> padp) {
        for (Officer officer : padp) {
            if (lapsed.contains(officer)) {
                b.event(officer, OfficerEventType.ACCREDITED, london("2023-10-04T16:00"), london("2023-10-04T16:30"),
                        RESOURCING, "requalified after the crisis",
                        EventDetails.accreditation(Accreditation.PROTECTION_AFO, LocalDate.of(2024, 10, 3)));
            }
        }
    }

    private void metPosture(ScenarioBuilder b) {
        Instant threat = london("2022-02-09T12:00");
        Instant year = london("2023-04-01T00:00");
        Instant recorded = london("2023-03-28T10:00");
        String planner = "scenario.met.planner";
        b.posture(new PostureChange(PostureEventType.THREAT_LEVEL, threat, "JTAC lowered the national threat level to SUBSTANTIAL",
                null, null, null, null, null, null, null, ThreatLevel.SUBSTANTIAL), threat.plusSeconds(3600), planner);
        b.posture(uplift(year, ThreatLevel.SEVERE, 20), recorded, planner);
        b.posture(uplift(year, ThreatLevel.CRITICAL, 50), recorded, planner);
        b.posture(new PostureChange(PostureEventType.ARV_REQUIREMENT, year, "2023/24 minimum ARV posture",
                null, null, null, 15, 3, null, null, null), recorded, planner);
        b.posture(new PostureChange(PostureEventType.CT_REQUIREMENT, year, "2023/24 counter-terrorism readiness",
                null, null, null, 18, null, null, null, null), recorded, planner);
        site(b, year, recorded, "PALACE_OF_WESTMINSTER", "Palace of Westminster", 60, "PADP");
        site(b, year, recorded, "DOWNING_STREET", "Downing Street", 20, "PADP");
        site(b, year, recorded, "DIPLOMATIC_PREMISES", "Diplomatic premises", 60, "PADP");
        site(b, year, recorded, "BUCKINGHAM_PALACE", "Buckingham Palace", 40, "RASP");
        site(b, year, recorded, "ROYAL_RESIDENCES", "Kensington Palace and Clarence House", 30, "RASP");
        site(b, year, recorded, "HEATHROW", "Heathrow Airport", 80, "AVIATION");
        site(b, year, recorded, "LONDON_CITY_AIRPORT", "London City Airport", 12, "AVIATION");
    }

    private static PostureChange uplift(Instant at, ThreatLevel level, int percent) {
        return new PostureChange(PostureEventType.THREAT_UPLIFT, at, "uplift at " + level, null, null, null, percent,
                null, null, null, level);
    }

    private static void site(ScenarioBuilder b, Instant at, Instant recorded, String code, String name, int posts,
                             String unit) {
        b.posture(new PostureChange(PostureEventType.SITE_REQUIREMENT, at, "2023/24 protected-site posture", code, name,
                Accreditation.PROTECTION_AFO, posts, null, false, unit, null), recorded, "scenario.met.planner");
    }

    // ---------------------------------------------------------------- the crisis timeline

    /** Stepped-back officers in the order they stepped back, so returns can be drawn from them. */
    private final List<Officer> steppedBack = new ArrayList<>();

    private void crisis(ScenarioBuilder b, Map<String, List<Officer>> byUnit) {
        List<Officer> arv = byUnit.get("SFC_ARV");
        List<Officer> ctsfo = byUnit.get("SFC_CTSFO");
        List<Officer> instructors = byUnit.get("SFC_TRAINING");
        List<Officer> advisers = byUnit.get("SFC_TACAD");
        List<Officer> sfo = byUnit.get("SFC_SFO");
        Instant crisisNight = london("2023-09-24T02:00");
        Predicate<Officer> deployableThroughCrisis = o -> !longTermAbsent.contains(o) && !onLeave(o, crisisNight);

        // Thursday 21 September, the day after the charge: the first tickets handed in (35).
        stepBack(b, "2023-09-21T10:00", "2023-09-21T23:30", concat(
                teams(arv, deployableThroughCrisis, 5, 5, 5, 5, 5), pick(notSteppedBack(instructors), 10)));
        // Friday 22 September (40 more: 75).
        stepBack(b, "2023-09-22T08:00", "2023-09-22T23:30", concat(
                teams(arv, deployableThroughCrisis, 5, 5, 5, 5, 5), pick(notSteppedBack(instructors), 10), pick(notSteppedBack(sfo), 5)));
        // Saturday 23 September to 17:50: exactly 100 by 18:00.
        List<Officer> ctsfoAtWork = available(ctsfo, deployableThroughCrisis);
        List<Officer> firstCtsfo = pick(ctsfoAtWork, 15);
        stepBack(b, "2023-09-23T08:00", "2023-09-23T17:50", concat(
                firstCtsfo, teams(arv, deployableThroughCrisis, 5, 0, 0, 0, 0), pick(notSteppedBack(advisers), 5)));
        // Saturday evening: every CTSFO not on leave hands in their ticket (the five on leave do not).
        stepBack(b, "2023-09-23T18:05", "2023-09-23T21:55", available(ctsfo, deployableThroughCrisis));
        // Saturday night: team 1, on nights, loses 40 of its 47 available ARV officers: 2 cars of 15 at 02:00.
        stepBack(b, "2023-09-23T22:05", "2023-09-24T01:55", teams(arv, deployableThroughCrisis, 25, 0, 0, 0, 0));
        // Sunday to Monday 05:50: the peak of exactly 300.
        stepBack(b, "2023-09-24T06:00", "2023-09-25T05:50", concat(
                teams(arv, deployableThroughCrisis, 0, 12, 13, 13, 12), pick(notSteppedBack(instructors), 10), pick(notSteppedBack(sfo), 5)));
        if (steppedBack.size() != PEAK_STEPPED_BACK) {
            throw new IllegalStateException("the scenario must peak at " + PEAK_STEPPED_BACK + ", not " + steppedBack.size());
        }

        // Returns from Monday 25 September 06:30. Counter-terrorism officers return before their team's next shift,
        // so that the early team covers the counter-terrorism requirement by lunchtime.
        Map<Integer, List<Officer>> ctByTeam = byTeam(steppedBackOf(ctsfo));
        returnTeam(b, ctByTeam.get(3), 22, "2023-09-25T07:00", "2023-09-25T12:30");
        returnTeam(b, ctByTeam.get(4), 22, "2023-09-25T12:35", "2023-09-25T14:55");
        returnTeam(b, ctByTeam.get(5), 22, "2023-09-25T15:00", "2023-09-25T22:30");
        returnTeam(b, ctByTeam.get(1), 22, "2023-09-26T09:00", "2023-09-26T20:00");
        returnTeam(b, ctByTeam.get(2), 22, "2023-09-26T09:00", "2023-09-26T20:00");

        // ARV crews come back over three days; two per team stay out into October.
        Map<Integer, List<Officer>> arvByTeam = byTeam(steppedBackOf(arv));
        returnTeam(b, arvByTeam.get(3), arvByTeam.get(3).size() - 2, "2023-09-25T06:30", "2023-09-25T14:00");
        returnTeam(b, arvByTeam.get(4), arvByTeam.get(4).size() - 2, "2023-09-25T10:00", "2023-09-25T14:50");
        returnTeam(b, arvByTeam.get(5), arvByTeam.get(5).size() - 2, "2023-09-25T12:00", "2023-09-25T22:50");
        returnTeam(b, arvByTeam.get(1), arvByTeam.get(1).size() - 2, "2023-09-25T09:00", "2023-09-26T20:00");
        returnTeam(b, arvByTeam.get(2), arvByTeam.get(2).size() - 2, "2023-09-25T07:00", "2023-09-26T22:00");

        returnTeam(b, steppedBackOf(sfo), 10, "2023-09-25T15:00", "2023-09-26T12:00");
        returnTeam(b, steppedBackOf(advisers), 5, "2023-09-26T08:00", "2023-09-26T18:00");
        returnTeam(b, steppedBackOf(instructors), 25, "2023-09-26T08:00", "2023-09-27T18:00");
        returnTeam(b, steppedBackOf(ctsfo), 15, "2023-09-28T14:00", "2023-09-30T18:00");

        // October: most of the rest return; two ARV officers and two instructors leave armed policing.
        List<Officer> arvLeft = steppedBackOf(arv);
        List<Officer> instructorsLeft = steppedBackOf(instructors);
        returnTeam(b, arvLeft, arvLeft.size() - 2, "2023-10-02T08:00", "2023-10-13T18:00");
        returnTeam(b, instructorsLeft, instructorsLeft.size() - 2, "2023-10-09T08:00", "2023-10-09T18:00");
        List<Officer> leaving = concat(steppedBackOf(arv), steppedBackOf(instructors));
        for (Officer officer : leaving) {
            Instant at = london("2023-10-16T10:00");
            b.event(officer, OfficerEventType.WITHDRAWN, at, at.plus(Duration.ofHours(2)), SUPERVISOR,
                    "left armed policing after the period of reflection", EventDetails.NONE);
        }
        steppedBack.clear();
    }

    private void stepBack(ScenarioBuilder b, String from, String to, List<Officer> officers) {
        List<Instant> times = times(london(from), london(to), officers.size());
        List<Officer> order = new ArrayList<>(officers);
        ListSampler.shuffle(random, order);
        for (int i = 0; i < order.size(); i++) {
            Officer officer = order.get(i);
            if (steppedBack.contains(officer)) {
                throw new IllegalStateException(officer.cipher() + " cannot step back twice");
            }
            Instant at = times.get(i);
            b.event(officer, OfficerEventType.STEPPED_BACK, at, at.plus(Duration.ofMinutes(3 + random.nextInt(25))),
                    SUPERVISOR, "firearms authorisation handed in for a period of reflection", EventDetails.NONE);
            steppedBack.add(officer);
        }
    }

    private void returnTeam(ScenarioBuilder b, List<Officer> candidates, int count, String from, String to) {
        List<Officer> returning = pick(candidates, count);
        List<Instant> times = times(london(from), london(to), returning.size());
        for (int i = 0; i < returning.size(); i++) {
            Officer officer = returning.get(i);
            Instant at = times.get(i);
            b.event(officer, OfficerEventType.RETURNED, at, at.plus(Duration.ofMinutes(3 + random.nextInt(25))),
                    SUPERVISOR, "authorisation returned to the officer", EventDetails.NONE);
            steppedBack.remove(officer);
        }
    }

    private List<Officer> steppedBackOf(List<Officer> unit) {
        Set<Officer> members = new HashSet<>(unit);
        return steppedBack.stream().filter(members::contains).sorted(Comparator.comparing(Officer::cipher)).toList();
    }

    private static Map<Integer, List<Officer>> byTeam(List<Officer> officers) {
        Map<Integer, List<Officer>> teams = new HashMap<>();
        for (Officer officer : officers) {
            teams.computeIfAbsent(officer.team(), t -> new ArrayList<>()).add(officer);
        }
        return teams;
    }

    /** {@code counts[k]} officers of team k+1 who are deployable and have not stepped back yet. */
    private List<Officer> teams(List<Officer> unit, Predicate<Officer> deployable, int... counts) {
        List<Officer> chosen = new ArrayList<>();
        for (int team = 1; team <= counts.length; team++) {
            int t = team;
            chosen.addAll(pick(available(unit.stream().filter(o -> o.team() == t).toList(), deployable), counts[team - 1]));
        }
        return chosen;
    }

    private List<Officer> notSteppedBack(List<Officer> unit) {
        return unit.stream().filter(o -> !steppedBack.contains(o)).toList();
    }

    private List<Officer> available(List<Officer> unit, Predicate<Officer> deployable) {
        return unit.stream().filter(deployable).filter(o -> !steppedBack.contains(o)).toList();
    }

    private List<Officer> pick(List<Officer> candidates, int count) {
        List<Officer> pool = new ArrayList<>(candidates);
        if (pool.size() < count) {
            throw new IllegalStateException("the scenario needs " + count + " officers but only " + pool.size() + " fit");
        }
        ListSampler.shuffle(random, pool);
        List<Officer> chosen = new ArrayList<>(pool.subList(0, count));
        chosen.sort(Comparator.comparing(Officer::cipher));
        return chosen;
    }

    private List<Instant> times(Instant from, Instant to, int count) {
        long minutes = Duration.between(from, to).toMinutes();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plus(Duration.ofMinutes(random.nextLong(minutes + 1))));
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    @SafeVarargs
    private static List<Officer> concat(List<Officer>... lists) {
        List<Officer> all = new ArrayList<>();
        for (List<Officer> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    // ---------------------------------------------------------------- officers, accreditations, leave

    private List<Officer> rota(ScenarioBuilder b, String unit, String prefix, Staffing staffing,
                               Accreditation... accreditations) {
        List<Officer> officers = new ArrayList<>();
        int teams = b.force().shiftPattern().teams();
        int number = 100;
        for (int team = 1; team <= teams; team++) {
            List<Officer> members = new ArrayList<>();
            for (int i = 0; i < staffing.perTeam(); i++) {
                number += 1 + random.nextInt(3);
                Officer officer = new Officer(b.force().code(), new Cipher(prefix + number), unit, team);
                // The fourth of a team, so that no lapsed officer also holds a command accreditation.
                if (i == 3 && staffing.lapsedPerTeam() > 0) {
                    lapsed.add(officer);
                }
                register(b, officer, accreditations);
                members.add(officer);
            }
            List<Officer> leavePool = new ArrayList<>(members);
            for (int i = 0; i < staffing.sickPerTeam(); i++) {
                Officer officer = leavePool.remove(leavePool.size() - 1);
                longTermAbsent.add(officer);
                b.event(officer, OfficerEventType.SICK, london("2023-08-10T07:00"), london("2023-08-10T09:00"),
                        RESOURCING, "long-term sickness", EventDetails.absenceUntil(london("2023-11-30T00:00")));
            }
            for (int i = 0; i < staffing.restrictedPerTeam(); i++) {
                Officer officer = leavePool.remove(leavePool.size() - 1);
                longTermAbsent.add(officer);
                b.event(officer, OfficerEventType.RESTRICTED, london("2023-07-01T07:00"), london("2023-07-01T09:00"),
                        RESOURCING, "restricted duties pending occupational health review", EventDetails.NONE);
            }
            rollingLeave(b, leavePool, staffing.leavePerTeam());
            officers.addAll(members);
        }
        return officers;
    }

    private List<Officer> offRota(ScenarioBuilder b, String unit, String prefix, int count,
                                  Accreditation... accreditations) {
        List<Officer> officers = new ArrayList<>();
        int number = 100;
        for (int i = 0; i < count; i++) {
            number += 1 + random.nextInt(3);
            Officer officer = new Officer(b.force().code(), new Cipher(prefix + number), unit, null);
            register(b, officer, accreditations);
            officers.add(officer);
        }
        return officers;
    }

    private void register(ScenarioBuilder b, Officer officer, Accreditation... accreditations) {
        b.officer(officer);
        LocalDate joined = LocalDate.of(2008, 1, 7).plusDays(random.nextInt(5_000));
        Instant authorised = joined.atTime(9, 0).atZone(LONDON).toInstant();
        b.event(officer, OfficerEventType.AUTHORISED, authorised, authorised.plus(Duration.ofMinutes(30)), HR,
                "authorised firearms officer on completion of initial course", EventDetails.NONE);
        for (Accreditation accreditation : accreditations) {
            accredit(b, officer, accreditation);
        }
    }

    /** The latest annual requalification, between November 2022 and mid-September 2023, valid for a year. */
    private void accredit(ScenarioBuilder b, Officer officer, Accreditation accreditation) {
        LocalDate qualified = lapsed.contains(officer) ? LocalDate.of(2022, 9, 10)
                : LocalDate.of(2022, 11, 1).plusDays(random.nextInt(319));
        Instant at = qualified.atTime(16, 0).atZone(LONDON).toInstant();
        b.event(officer, OfficerEventType.ACCREDITED, at, at.plus(Duration.ofHours(1)), HR,
                "annual requalification passed",
                EventDetails.accreditation(accreditation, qualified.plusYears(1).minusDays(1)));
    }

    /** A fixed number of a team on annual leave at any time, in two-week blocks taken in turn. */
    private void rollingLeave(ScenarioBuilder b, List<Officer> pool, int perBlock) {
        if (perBlock == 0) {
            return;
        }
        for (int block = 0; block < LEAVE_BLOCKS.size(); block++) {
            Instant start = LEAVE_BLOCKS.get(block).atStartOfDay(LONDON).toInstant();
            Instant end = LEAVE_BLOCKS.get(block).plusDays(14).atStartOfDay(LONDON).toInstant();
            for (int i = 0; i < perBlock; i++) {
                Officer officer = pool.get((block * perBlock + i) % pool.size());
                b.event(officer, OfficerEventType.ANNUAL_LEAVE, start, start.minus(Duration.ofDays(30)), RESOURCING,
                        "annual leave", EventDetails.absenceUntil(end));
                leave.computeIfAbsent(officer, c -> new ArrayList<>()).add(new Instant[] {start, end});
            }
        }
    }

    private boolean onLeave(Officer officer, Instant at) {
        return leave.getOrDefault(officer, List.of()).stream()
                .anyMatch(period -> !at.isBefore(period[0]) && at.isBefore(period[1]));
    }

    // ---------------------------------------------------------------- other forces

    private ForceScenario cityOfLondon() {
        Force city = new Force(ForceCode.of("CITY"), "City of London Police", LONDON, ShiftPattern.londonDefault());
        ScenarioBuilder b = new ScenarioBuilder(city);
        b.unit("ARV", "Armed response vehicles", "Specialist Operations");
        b.unit("TRAINING", "Firearms training", "Specialist Operations");
        List<Officer> arv = rota(b, "ARV", "CA", new Staffing(16, 1, 0, 0), Accreditation.ARV);
        offRota(b, "TRAINING", "CI", 6, Accreditation.FIREARMS_INSTRUCTOR, Accreditation.ARV);
        standardPosture(b, 5, 2);
        // City of London ARV crews stepped back on the Saturday evening too, and came back from the Tuesday.
        steppedBack.clear();
        Predicate<Officer> deployable = o -> !onLeave(o, london("2023-09-24T02:00"));
        stepBack(b, "2023-09-23T20:00", "2023-09-24T01:30", teams(arv, deployable, 12, 9, 8, 8, 8));
        returnTeam(b, new ArrayList<>(steppedBack), steppedBack.size(), "2023-09-26T10:00", "2023-09-27T18:00");
        return b.build();
    }

    private ForceScenario neighbour(String code, String name, int arvPerTeam, int instructors, int advisers, int cars,
                                    int leavePerTeam) {
        Force force = new Force(ForceCode.of(code), name, LONDON, ShiftPattern.londonDefault());
        ScenarioBuilder b = new ScenarioBuilder(force);
        b.unit("ARV", "Armed response vehicles", "Operations");
        b.unit("TRAINING", "Firearms training", "Operations");
        b.unit("TACAD", "Tactical advisers", "Operations");
        rota(b, "ARV", "AR", new Staffing(arvPerTeam, leavePerTeam, 0, 0), Accreditation.ARV);
        offRota(b, "TRAINING", "FI", instructors, Accreditation.FIREARMS_INSTRUCTOR, Accreditation.ARV);
        List<Officer> tacad = offRota(b, "TACAD", "TA", advisers, Accreditation.TACTICAL_ADVISER, Accreditation.ARV);
        accredit(b, tacad.getFirst(), Accreditation.TACTICAL_FIREARMS_COMMANDER);
        standardPosture(b, cars, 2);
        return b.build();
    }

    private ForceScenario sussex() {
        Force force = new Force(ForceCode.of("SUSSEX"), "Sussex Police", LONDON, ShiftPattern.londonDefault());
        ScenarioBuilder b = new ScenarioBuilder(force);
        b.unit("ARV", "Armed response vehicles", "Operations");
        b.unit("TRAINING", "Firearms training", "Operations");
        b.unit("GATWICK", "Gatwick Airport armed policing", "Operations");
        rota(b, "ARV", "AR", new Staffing(24, 2, 0, 0), Accreditation.ARV);
        offRota(b, "TRAINING", "FI", 8, Accreditation.FIREARMS_INSTRUCTOR, Accreditation.ARV);
        rota(b, "GATWICK", "GW", new Staffing(14, 1, 0, 0), Accreditation.PROTECTION_AFO);
        standardPosture(b, 6, 2);
        Instant year = london("2023-04-01T00:00");
        b.posture(new PostureChange(PostureEventType.SITE_REQUIREMENT, year, "2023/24 protected-site posture", "GATWICK",
                "Gatwick Airport", Accreditation.PROTECTION_AFO, 10, null, false, "GATWICK", null),
                london("2023-03-28T10:00"), "scenario.planner");
        return b.build();
    }

    private static void standardPosture(ScenarioBuilder b, int cars, int crew) {
        Instant threat = london("2022-02-09T12:00");
        Instant year = london("2023-04-01T00:00");
        Instant recorded = london("2023-03-28T10:00");
        b.posture(new PostureChange(PostureEventType.THREAT_LEVEL, threat, "JTAC lowered the national threat level to SUBSTANTIAL",
                null, null, null, null, null, null, null, ThreatLevel.SUBSTANTIAL), threat.plusSeconds(3600),
                "scenario.planner");
        b.posture(new PostureChange(PostureEventType.ARV_REQUIREMENT, year, "2023/24 minimum ARV posture",
                null, null, null, cars, crew, null, null, null), recorded, "scenario.planner");
    }
}
