package uk.arcs.scenario;

import static uk.arcs.scenario.London2023.london;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.common.Actor;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryTask;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.mutualaid.Offer;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

/**
 * The mutual aid and military timeline of September 2023, replayed through the same services and rules a
 * commander uses, with the times it happened. Assumptions are in docs/scenarios.md. Each step commits on
 * its own, because each is checked against what the steps before it recorded.
 */
public final class London2023Escalation {

    private static final Instant DEPLOYMENT_ENDS = london("2023-09-29T20:00");

    private final MutualAidService aid;
    private final MilitaryService military;
    private final OfficerRegistry officers;
    private final Set<String> named = new HashSet<>();

    private London2023Escalation(MutualAidService aid, MilitaryService military, OfficerRegistry officers) {
        this.aid = aid;
        this.military = military;
        this.officers = officers;
    }

    /** Replays the timeline; returns how many steps were recorded. */
    public static int replay(MutualAidService aid, MilitaryService military, OfficerRegistry officers) {
        return new London2023Escalation(aid, military, officers).run();
    }

    private static Actor actor(String user, String role, String force, String localTime) {
        return actor(user, role, force, london(localTime));
    }

    /** Steps are recorded a few minutes after they are taken, as a staff officer would log them. */
    private static Actor actor(String user, String role, String force, Instant at) {
        return new Actor(user, role, force, at, at.plus(Duration.ofMinutes(4)));
    }

    private static Actor gold(String time) {
        return actor("met.gold", "STRATEGIC_COMMANDER", "MET", time);
    }

    private static Actor coordinator(String time) {
        return actor("npocc.coordinator", MutualAidService.COORDINATOR, null, time);
    }

    private static Actor commander(String force, String time) {
        return actor(force.toLowerCase(java.util.Locale.ROOT) + ".commander", "COMMANDER", force, time);
    }

    private int steps;

    private int run() {
        // Friday 22 September: ARV cover is falling; the MET asks for 30 ARV officers for a week.
        long first = step(aid.request(gold("2023-09-22T16:00"), ForceCode.MET, new MutualAidService.Terms(Accreditation.ARV, 30,
                london("2023-09-22T20:00"), DEPLOYMENT_ENDS, false,
                "50 ARV officers have handed in their authorisations since Thursday; ARV cover is falling"))).id();
        step(aid.ask(coordinator("2023-09-22T16:30"), first, codes("KENT", "HAMPSHIRE", "THAMES_VALLEY",
                "LEICESTERSHIRE"), "MET ARV shortfall: asking neighbouring forces with ARV capacity"));
        long kent = offerAndName(first, "KENT", 12, "2023-09-22T18:00", london("2023-09-22T20:00"));
        step(aid.decline(commander("THAMES_VALLEY", "2023-09-22T19:00"), first,
                "Thames Valley cannot spare armed officers without falling below its own posture"));
        step(aid.accept(gold("2023-09-22T19:30"), first, kent, "Kent's twelve ARV officers fill four cars a shift"));
        step(aid.deploy(gold("2023-09-22T19:45"), first, kent, london("2023-09-22T20:00"), DEPLOYMENT_ENDS,
                "Kent officers deployed to ARV patrol from 20:00"));

        // Saturday 23 September.
        step(aid.decline(commander("LEICESTERSHIRE", "2023-09-23T09:00"), first,
                "Leicestershire's armed officers are committed to its own events this weekend"));
        long hampshire = offerAndName(first, "HAMPSHIRE", 16, "2023-09-23T10:00", london("2023-09-23T12:00"));
        step(aid.accept(gold("2023-09-23T11:00"), first, hampshire, "Hampshire's sixteen ARV officers accepted"));
        step(aid.deploy(gold("2023-09-23T11:15"), first, hampshire, london("2023-09-23T12:00"), DEPLOYMENT_ENDS,
                "Hampshire officers deployed to ARV patrol from noon"));

        long second = step(aid.request(gold("2023-09-23T14:00"), ForceCode.MET, new MutualAidService.Terms(Accreditation.ARV, 40,
                london("2023-09-23T20:00"), DEPLOYMENT_ENDS, false,
                "Step-backs continue into a second day; ARV cover for the weekend nights is below half"))).id();
        step(aid.ask(coordinator("2023-09-23T14:30"), second, codes("AVON_SOMERSET", "BEDFORDSHIRE",
                "CAMBRIDGESHIRE", "HERTFORDSHIRE", "KENT"), "second MET request: asking further forces"));
        List<Long> offers = new ArrayList<>();
        offers.add(offerAndName(second, "AVON_SOMERSET", 12, "2023-09-23T16:00", london("2023-09-23T20:00")));
        offers.add(offerAndName(second, "BEDFORDSHIRE", 4, "2023-09-23T16:10", london("2023-09-23T20:00")));
        offers.add(offerAndName(second, "CAMBRIDGESHIRE", 4, "2023-09-23T16:20", london("2023-09-23T20:00")));
        offers.add(offerAndName(second, "HERTFORDSHIRE", 6, "2023-09-23T16:30", london("2023-09-23T20:00")));
        offers.add(offerAndName(second, "KENT", 8, "2023-09-23T17:00", london("2023-09-23T20:00")));
        for (long offer : offers) {
            step(aid.accept(gold("2023-09-23T18:00"), second, offer, "offer accepted to restore weekend ARV cover"));
        }
        for (long offer : offers) {
            step(aid.deploy(gold("2023-09-23T18:15"), second, offer, london("2023-09-23T20:00"), DEPLOYMENT_ENDS,
                    "deployed to ARV patrol from 20:00"));
        }

        // Saturday night: no counter-terrorism cover and no police answer to it; the military on standby.
        step(military.record(gold("2023-09-23T22:10"), ForceCode.MET, MilitaryEventType.REQUESTED, MilitaryTask.COUNTER_TERRORISM,
                null, "every CTSFO on duty has handed in their ticket and the national CTSFO network has declined to "
                        + "deploy to London; asking the Home Office to request military counter-terrorism support"));
        step(military.record(actor("mod.liaison", "MILITARY_LIAISON", null, "2023-09-23T23:30"), ForceCode.MET,
                MilitaryEventType.STANDBY_AGREED, null, null, "the MoD agrees counter-terrorism support as a contingency "
                        + "only, where no appropriate policing response is available"));

        // Monday 25 September, lunchtime: enough CTSFOs have returned.
        step(military.record(gold("2023-09-25T12:45"), ForceCode.MET, MilitaryEventType.STOOD_DOWN, null, null,
                "enough CTSFOs have returned to meet counter-terrorism commitments without external help"));

        // Thursday 28 September: mutual aid no longer needed; officers go home during the day.
        standDown(first, kent, "2023-09-28T10:00");
        standDown(first, hampshire, "2023-09-28T11:00");
        String[] times = {"2023-09-28T12:30", "2023-09-28T14:00", "2023-09-28T15:00", "2023-09-28T16:00",
                "2023-09-28T17:30"};
        for (int i = 0; i < offers.size(); i++) {
            standDown(second, offers.get(i), times[i]);
        }
        step(aid.close(gold("2023-09-28T18:30"), first, "MET officers meet the ARV posture again"));
        step(aid.close(gold("2023-09-28T18:30"), second, "MET officers meet the ARV posture again"));
        return steps;
    }

    private void standDown(long request, long offer, String time) {
        step(aid.standDown(gold(time), request, offer, "enough MET ARV officers have returned; thanks to the donor force"));
    }

    private long offerAndName(long request, String donor, int count, String time, Instant deploymentStart) {
        MutualAidRequest offered = step(aid.offer(commander(donor, time), request, count, false,
                donor + " can lend " + count + " ARV officers and still meet its own posture"));
        Offer offer = offered.offers().stream().filter(o -> o.donor().value().equals(donor))
                .max(Comparator.comparingLong(Offer::id)).orElseThrow();
        Actor naming = actor(donor.toLowerCase(java.util.Locale.ROOT) + ".commander", "COMMANDER", donor,
                london(time).plus(Duration.ofMinutes(5)));
        step(aid.nameOfficers(naming, request, offer.id(), rested(ForceCode.of(donor), count, deploymentStart, naming),
                null, "officers chosen from rested ARV crews across every team"));
        return offer.id();
    }

    /** Authorised ARV officers at work at the start, taken in turn from each team so no shift is stripped. */
    private List<Cipher> rested(ForceCode donor, int count, Instant start, Actor naming) {
        Map<Integer, List<OfficerStatus>> byTeam = new TreeMap<>();
        for (OfficerStatus status : officers.statusesAt(donor, start, naming.recordedAt())) {
            boolean fit = status.status() == AuthorisationStatus.AUTHORISED && status.absence() == Absence.NONE
                    && status.officer().team() != null && status.validAccreditations().contains(Accreditation.ARV)
                    && !named.contains(donor + "/" + status.officer().cipher());
            if (fit) {
                byTeam.computeIfAbsent(status.officer().team(), t -> new ArrayList<>()).add(status);
            }
        }
        List<Cipher> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < count; round++) {
            boolean any = false;
            for (List<OfficerStatus> team : byTeam.values()) {
                if (round < team.size() && chosen.size() < count) {
                    chosen.add(team.get(round).officer().cipher());
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException(donor + " has too few officers to name " + count);
            }
        }
        chosen.forEach(c -> named.add(donor + "/" + c));
        return chosen;
    }

    private static List<ForceCode> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(ForceCode::of).toList();
    }

    private <T> T step(uk.arcs.common.Verdict<T> verdict) {
        steps++;
        return verdict.orThrow();
    }
}
