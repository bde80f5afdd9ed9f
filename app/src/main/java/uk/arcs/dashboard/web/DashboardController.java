package uk.arcs.dashboard.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.command.Decision;
import uk.arcs.command.DecisionLog;
import uk.arcs.command.Escalation;
import uk.arcs.command.EscalationAdvisor;
import uk.arcs.common.Instants;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.security.ArcsUser;
import uk.arcs.simulation.CoverageMap;

/**
 * The command dashboard: a force's picture at a chosen instant, as known now (live: it refreshes itself when anything
 * is recorded for the force), as known at that same instant (what commanders knew then) or as known at a chosen
 * instant. A timeline spans a window of days; the page's player walks the instant along it.
 */
@Controller
class DashboardController {

    /** How far either side of the instant the timeline reaches when no window is chosen. */
    static final Duration HALF_WINDOW = Duration.ofDays(4);
    /** The longest window a timeline or chart may span. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(62);
    /** About this many points on the chart, whatever the window: a step of whole hours. */
    static final int CHART_POINTS = 96;
    /** Decisions shown: those taken in the week before the instant, the latest first. */
    static final Duration DECISIONS_SHOWN = Duration.ofDays(7);
    static final int MAX_DECISIONS_SHOWN = 10;

    private final CapabilityService capability;
    private final EscalationAdvisor escalation;
    private final DecisionLog decisions;
    private final CoverageMap london;
    private final ForceDirectory forces;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(CapabilityService capability, EscalationAdvisor escalation, DecisionLog decisions,
                        CoverageMap london, ForceDirectory forces, JsonMapper json, Clock clock) {
        this.capability = capability;
        this.escalation = escalation;
        this.decisions = decisions;
        this.london = london;
        this.forces = forces;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                     @RequestParam(required = false) String knownAt, @RequestParam(required = false) String known,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @AuthenticationPrincipal ArcsUser user, Model model) {
        List<Force> all = forces.all();
        model.addAttribute("forces", all);
        if (all.isEmpty()) {
            return "dashboard";
        }
        Force chosen = forces.namedOr(blankToNull(force), ForceDirectory::referenceOrFirst);
        Moment moment = Moment.of(chosen, at, knownAt, known, clock.instant());
        Window window = Window.of(chosen, moment.at(), from, to, clock.instant());
        describe(chosen, moment, user, model);
        model.addAttribute("window", window);
        return "dashboard";
    }

    /** The figures alone, for the page to fetch again when the live feed says they changed or the player moves on. */
    @GetMapping("/dashboard/picture")
    String picture(@RequestParam String force, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String knownAt, @RequestParam(required = false) String known,
                   @AuthenticationPrincipal ArcsUser user, Model model) {
        Force chosen = forces.require(ForceCode.of(force));
        describe(chosen, Moment.of(chosen, at, knownAt, known, clock.instant()), user, model);
        return "dashboard :: picture";
    }

    /** Stepped back, available and required over the timeline's window, for the chart. */
    @GetMapping("/dashboard/chart")
    String chart(@RequestParam String force, @RequestParam String from, @RequestParam String to,
                 @RequestParam(required = false) String at, @RequestParam(required = false) String knownAt,
                 @RequestParam(required = false) String known, Model model) {
        Force chosen = forces.require(ForceCode.of(force));
        Instant now = clock.instant();
        Moment moment = Moment.of(chosen, at, knownAt, known, now);
        Window window = Window.of(chosen, moment.at(), from, to, now);
        Duration step = window.step();
        List<CapabilityPicture> points = new ArrayList<>();
        for (Instant t = window.from(); !t.isAfter(window.to()); t = t.plus(step)) {
            points.add(capability.picture(chosen.code(), t, moment.knownAtOf(t)));
        }
        model.addAttribute("chartJson", json.writeValueAsString(chartData(chosen.zone(), points)));
        model.addAttribute("chartStep", step.toHours() + (step.toHours() == 1 ? " hour" : " hours"));
        model.addAttribute("knownMode", moment.mode());
        return "dashboard-parts :: chart";
    }

    /** London's boroughs with their demand and the cover the MET's ARV cars give them at the instant. */
    @GetMapping("/dashboard/map")
    String map(@RequestParam(required = false) String at, @RequestParam(required = false) String knownAt,
               @RequestParam(required = false) String known, Model model) {
        Force met = forces.require(ForceCode.MET);
        Moment moment = Moment.of(met, at, knownAt, known, clock.instant());
        int cars = capability.picture(ForceCode.MET, moment.at(), moment.knownAt()).arv().carsAvailable();
        CoverageMap.View coverage = london.forCars(cars);
        model.addAttribute("coverage", coverage);
        model.addAttribute("zones", coverage.zones().stream().map(zone -> ZoneView.of(zone, coverage)).toList());
        model.addAttribute("mapAt", Instants.readable(moment.at(), met.zone()));
        return "dashboard-parts :: map";
    }

    private void describe(Force force, Moment moment, ArcsUser user, Model model) {
        CapabilityPicture picture = capability.picture(force.code(), moment.at(), moment.knownAt());
        ZoneId zone = force.zone();
        Panels panels = Panels.of(user, force.code());
        model.addAttribute("force", force);
        model.addAttribute("picture", picture);
        model.addAttribute("moment", moment);
        model.addAttribute("panels", panels);
        model.addAttribute("live", moment.mode() == KnownMode.NOW);
        model.addAttribute("atLocal", Instants.readable(picture.at(), zone) + " (" + zone.getId() + ")");
        model.addAttribute("knownAtLocal", Instants.readable(picture.knownAt(), zone));
        model.addAttribute("atInput", Instants.localInput(picture.at(), zone));
        model.addAttribute("shiftLocal", picture.shift() == null ? "no shift"
                : picture.shift().name() + " " + Instants.readable(picture.shift().start(), zone) + " to "
                + picture.shift().end().atZone(zone).toLocalTime());
        model.addAttribute("lines", picture.capabilities().stream()
                .filter(c -> c.authorised() + c.steppedBack() + c.required() > 0).toList());
        model.addAttribute("sitesShort", picture.sites().stream().filter(s -> s.shortfall() > 0).count());
        model.addAttribute("hasMap", force.code().equals(ForceCode.MET));
        if (panels.command() || panels.military()) {
            Escalation ladder = escalation.escalation(picture);
            model.addAttribute("escalation", ladder);
            model.addAttribute("militarySince", ladder.military().since() == null ? null
                    : Instants.readable(ladder.military().since(), zone));
        }
        if (panels.command()) {
            model.addAttribute("decisions", decisionsBefore(force, moment));
        }
    }

    /** Decisions taken in the week up to the instant and recorded by the time the picture is known at. */
    private List<Decision> decisionsBefore(Force force, Moment moment) {
        return decisions.decisions(force.code(), moment.at().minus(DECISIONS_SHOWN), moment.at().plusMillis(1))
                .stream()
                .filter(d -> !d.recordedAt().isAfter(moment.knownAt()))
                .sorted(Comparator.comparing(Decision::at).reversed())
                .limit(MAX_DECISIONS_SHOWN)
                .toList();
    }

    private static Map<String, Object> chartData(ZoneId zone, List<CapabilityPicture> points) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", points.stream().map(p -> Instants.readable(p.at(), zone)).toList());
        data.put("at", points.stream().map(p -> p.at().toString()).toList());
        data.put("steppedBack", points.stream().map(CapabilityPicture::steppedBack).toList());
        data.put("arvAvailable", points.stream().map(p -> p.arv().officersAvailable()).toList());
        data.put("arvRequired", points.stream().map(p -> p.arv().officersRequired()).toList());
        data.put("ctAvailable", points.stream().map(p -> p.counterTerrorism().available()).toList());
        data.put("ctRequired", points.stream().map(p -> p.counterTerrorism().required()).toList());
        data.put("ctsfoAuthorised", points.stream().map(p -> p.capabilities().stream()
                .filter(c -> c.accreditation() == Accreditation.CTSFO).mapToInt(CapabilityPicture.Capability::authorised)
                .sum()).toList());
        return data;
    }

    /**
     * A borough as the map draws it: filled by the share of its calls a car reaches within the target time, with a
     * circle whose area is its demand.
     */
    record ZoneView(CoverageMap.Zone zone, String cover, double radius, String summary) {

        static ZoneView of(CoverageMap.Zone zone, CoverageMap.View map) {
            Double within = zone.withinTarget();
            String cover = within == null ? "cover-none" : within >= 0.8 ? "cover-good" : within >= 0.6 ? "cover-fair"
                    : within >= 0.4 ? "cover-poor" : "cover-bad";
            String target = String.format(java.util.Locale.ROOT, "%.0f", map.targetMinutes());
            String summary = zone.name() + ": " + String.format(java.util.Locale.ROOT, "%.1f", zone.callsPerDay())
                    + " calls a day; " + (within == null ? "no ARV car available"
                    : String.format(java.util.Locale.ROOT, "%.0f%% reached within %s minutes, mean %.1f minutes",
                    within * 100, target, zone.meanResponseMinutes()))
                    + (zone.carsStationed() > 0 ? "; " + zone.carsStationed() + " car(s) based here" : "");
            return new ZoneView(zone, cover, 14 * Math.sqrt(zone.callsPerDay()), summary);
        }
    }

    /** Which knowledge a picture is drawn from. */
    enum KnownMode {
        /** Everything recorded up to now: live. */
        NOW,
        /** Only what was recorded by the instant shown: what commanders knew then. */
        THEN,
        /** Only what was recorded by a chosen instant. */
        GIVEN
    }

    /** The instant shown and the knowledge it is drawn from; {@code knownAt} of a picture at another instant. */
    record Moment(Instant at, Instant knownAt, KnownMode mode, String atParam, String knownAtParam, String knownParam) {

        static Moment of(Force force, String at, String knownAt, String known, Instant now) {
            boolean then = known != null && known.strip().equalsIgnoreCase("then");
            if (known != null && !known.isBlank() && !then && !known.strip().equalsIgnoreCase("now")) {
                throw new IllegalArgumentException("known: 'now' or 'then', not '" + known + "'");
            }
            boolean given = knownAt != null && !knownAt.isBlank();
            if (then && given) {
                throw new IllegalArgumentException("give either known=then or knownAt, not both");
            }
            Instant knownInstant = given ? Instants.parse(knownAt, force.zone()) : now;
            Instant atInstant = at == null || at.isBlank() ? knownInstant : Instants.parse(at, force.zone());
            KnownMode mode = then ? KnownMode.THEN : given ? KnownMode.GIVEN : KnownMode.NOW;
            return new Moment(atInstant, then ? atInstant : knownInstant, mode, blankToNull(at),
                    given ? knownAt.strip() : null, then ? "then" : null);
        }

        Instant knownAtOf(Instant other) {
            return mode == KnownMode.THEN ? other : knownAt;
        }
    }

    /** The timeline's span, and the chart's step over it. */
    record Window(Instant from, Instant to, String fromInput, String toInput, String fromParam, String toParam) {

        static Window of(Force force, Instant at, String from, String to, Instant now) {
            boolean chosen = from != null && !from.isBlank() || to != null && !to.isBlank();
            Instant end;
            Instant start;
            if (chosen) {
                if (from == null || from.isBlank() || to == null || to.isBlank()) {
                    throw new IllegalArgumentException("a timeline window needs both 'from' and 'to'");
                }
                start = Instants.parse(from, force.zone());
                end = Instants.parse(to, force.zone());
                if (!end.isAfter(start)) {
                    throw new IllegalArgumentException("'to' must be after 'from'");
                }
                if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
                    throw new IllegalArgumentException("a timeline spans at most " + LONGEST_WINDOW.toDays() + " days");
                }
            } else {
                // Around the instant, but not far past now: the future holds only what is already booked.
                end = at.plus(HALF_WINDOW);
                Instant latest = at.isAfter(now) ? at : now;
                if (end.isAfter(latest)) {
                    end = latest;
                }
                start = at.minus(HALF_WINDOW);
                if (Duration.between(start, end).compareTo(HALF_WINDOW.multipliedBy(2)) < 0) {
                    start = end.minus(HALF_WINDOW.multipliedBy(2));
                }
            }
            start = start.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            return new Window(start, end, Instants.localInput(start, force.zone()), Instants.localInput(end, force.zone()),
                    chosen ? Instants.localInput(start, force.zone()) : null,
                    chosen ? Instants.localInput(end, force.zone()) : null);
        }

        Duration step() {
            long hours = Math.max(1, (Duration.between(from, to).toHours() + CHART_POINTS - 1) / CHART_POINTS);
            return Duration.ofHours(hours);
        }

        public long fromMinute() {
            return from.getEpochSecond() / 60;
        }

        public long toMinute() {
            return to.getEpochSecond() / 60;
        }
    }

    /**
     * What a user sees beside the figures: the escalation advice and the decision log go to those who take the
     * force's decisions (its commanders and planners, and the national coordinator), the military state to those
     * who may see the military contingency; the press office and supervisors see the figures alone.
     */
    record Panels(boolean command, boolean military) {

        static Panels of(ArcsUser user, ForceCode force) {
            boolean own = force.value().equals(user.force());
            boolean coordinator = user.role() == uk.arcs.security.Role.NATIONAL_COORDINATOR;
            boolean command = switch (user.role()) {
                case STRATEGIC_COMMANDER, COMMANDER, PLANNER -> own;
                default -> coordinator;
            };
            boolean military = switch (user.role()) {
                case STRATEGIC_COMMANDER, COMMANDER -> own;
                default -> coordinator;
            };
            return new Panels(command, military);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
