package uk.arcs.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Instants;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerStatus;

/**
 * Checks a claim against the recorded figures of a force at an instant. Counts are of the force's firearms
 * officers (not withdrawn) who hold the role in date or lapsed; "returned" means authorised again after
 * stepping back within the previous 14 days; "available" is the on-duty, deployable figure of the picture.
 * "About N" holds within 10% (at least 5 officers); "hundreds" means at least 200.
 */
public final class ClaimChecker {

    static final Duration RETURN_WINDOW = Duration.ofDays(14);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.ENGLISH);

    private final CapabilityService capability;
    private final ForceDirectory forces;

    public ClaimChecker(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    public ClaimCheck check(ForceCode code, String text, Instant at, Instant knownAt) {
        if (text == null || text.isBlank() || text.length() > 1_000) {
            throw new IllegalArgumentException("text: a claim of 1 to 1000 characters is required");
        }
        Force force = forces.require(code);
        Optional<Claim> read = Claim.read(text);
        if (read.isEmpty()) {
            return new ClaimCheck(text, at, ClaimCheck.Verdict.UNSUPPORTED, Map.of(), "ARCS could not read this as a "
                    + "claim it can check. It checks claims about firearms officers (or one role: ARV, CTSFO, SFO, "
                    + "protection, instructors) who have stepped back, returned or are available, counted as all, none, "
                    + "more than N, fewer than N, about N, N of M, hundreds or the majority.");
        }
        Claim claim = read.get();
        CapabilityService.Inputs inputs = capability.inputs(code, at, knownAt);
        CapabilityPicture picture = CapabilityService.compute(inputs);
        List<OfficerStatus> holders = inputs.officers().stream().filter(OfficerStatus::isFirearmsOfficer)
                .filter(s -> claim.accreditation() == null || s.validAccreditations().contains(claim.accreditation())
                        || s.lapsedAccreditations().contains(claim.accreditation()))
                .filter(s -> !claim.onDutyOnly() || s.absence() == uk.arcs.officer.Absence.NONE)
                .toList();
        int population = holders.size();
        int count = switch (claim.subject()) {
            case STEPPED_BACK -> (int) holders.stream().filter(s -> s.status() == AuthorisationStatus.STEPPED_BACK).count();
            case RETURNED -> returned(code, at, knownAt, holders);
            case AVAILABLE -> claim.accreditation() == null
                    ? picture.capabilities().stream().mapToInt(CapabilityPicture.Capability::available).max().orElse(0)
                    : picture.capabilities().stream().filter(c -> c.accreditation() == claim.accreditation())
                            .mapToInt(CapabilityPicture.Capability::available).sum();
        };
        if (claim.subject() == Claim.Subject.AVAILABLE && claim.accreditation() == null) {
            return new ClaimCheck(text, at, ClaimCheck.Verdict.UNSUPPORTED, Map.of(), "availability is counted per "
                    + "role (an officer can hold several); name the role, such as ARV or CTSFO");
        }
        boolean holds = switch (claim.quantity()) {
            case Claim.Quantity.All a -> population > 0 && count == population;
            case Claim.Quantity.None n -> count == 0;
            case Claim.Quantity.MoreThan m -> count > m.n();
            case Claim.Quantity.FewerThan f -> count < f.n();
            case Claim.Quantity.About a -> Math.abs(count - a.n()) <= Math.max(5, Math.round(a.n() * 0.1));
            case Claim.Quantity.OutOf o -> count == o.n() && population == o.of();
            case Claim.Quantity.Hundreds h -> count >= 200;
            case Claim.Quantity.Majority m -> population > 0 && count * 2 > population;
        };
        String who = (claim.accreditation() == null ? "firearms officers" : claim.accreditation() + " officers")
                + (claim.onDutyOnly() ? " not on leave, sick or restricted" : "");
        String did = switch (claim.subject()) {
            case STEPPED_BACK -> "had stepped back";
            case RETURNED -> "had returned after stepping back in the previous 14 days";
            case AVAILABLE -> "were on duty and available";
        };
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", count);
        figures.put("of", population);
        figures.put("steppedBack", picture.officers().steppedBack());
        figures.put("firearmsOfficers", picture.officers().total());
        figures.put("knownAt", picture.knownAt());
        String when = ZonedDateTime.ofInstant(at, force.zone()).format(WHEN);
        String explanation = "At " + when + ", as recorded by " + Instants.readable(picture.knownAt(), force.zone())
                + ", " + count + " of " + force.name() + "'s " + population + " " + who + " " + did + " ("
                + percent(count, population) + "). The claim is "
                + (holds ? "borne out." : "not borne out.");
        return new ClaimCheck(text, at, holds ? ClaimCheck.Verdict.TRUE : ClaimCheck.Verdict.FALSE, figures, explanation);
    }

    /** Holders authorised now who were stepped back at some hour of the previous 14 days, as known then. */
    private int returned(ForceCode code, Instant at, Instant knownAt, List<OfficerStatus> holders) {
        java.util.Set<String> steppedBack = new java.util.HashSet<>();
        for (Instant t = at.minus(RETURN_WINDOW); t.isBefore(at); t = t.plus(Duration.ofHours(1))) {
            for (OfficerStatus status : capability.inputs(code, t, knownAt).officers()) {
                if (status.status() == AuthorisationStatus.STEPPED_BACK) {
                    steppedBack.add(status.officer().cipher().value());
                }
            }
        }
        return (int) holders.stream()
                .filter(s -> s.status() == AuthorisationStatus.AUTHORISED || s.status() == AuthorisationStatus.LAPSED)
                .filter(s -> steppedBack.contains(s.officer().cipher().value()))
                .count();
    }

    private static String percent(int count, int of) {
        return of == 0 ? "no officers" : String.format(Locale.ENGLISH, "%.1f%%", 100.0 * count / of);
    }
}
