package uk.arcs.planning.web;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RowFields;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.planning.PlanJob;
import uk.arcs.planning.PlanJobs;
import uk.arcs.planning.Planner;
import uk.arcs.planning.Roster;
import uk.arcs.planning.RosterReport;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * The planner screen: start a deployment plan (the same {@link PlanJobs} as the API, so at most two solve at once),
 * watch the best score while it solves, stop it early, then read the roster grid, the unfilled seats and the score
 * by constraint. The force's commanders and planners plan for their own force; the national coordinator for any.
 */
@Controller
@RequestMapping("/planner")
class PlannerPageController {

    /** The demo's default: the Monday of the London crisis, when counter-terrorism seats stay empty. */
    static final LocalDate DEFAULT_FROM = LocalDate.of(2023, 9, 25);
    static final int DEFAULT_DAYS = 1;
    static final int DEFAULT_TIME_LIMIT_SECONDS = 10;
    private static final Duration STREAM_SLACK = Duration.ofMinutes(1);

    private final PlanJobs jobs;
    private final ForceDirectory forces;
    private final Clock clock;

    PlannerPageController(PlanJobs jobs, ForceDirectory forces, Clock clock) {
        this.jobs = jobs;
        this.forces = forces;
        this.clock = clock;
    }

    /** A plan in the list of recent plans. */
    record PlanLine(String id, String force, LocalDate from, int days, String status, Instant started, String score) {
    }

    /** A constraint's share of the score. */
    record Share(String constraint, String score, long hard, long medium, long soft) {
    }

    @GetMapping
    String page(@AuthenticationPrincipal ArcsUser user, Model model) {
        describeForm(user, null, DEFAULT_FROM.toString(), DEFAULT_DAYS, DEFAULT_TIME_LIMIT_SECONDS, model);
        return "planner";
    }

    @PostMapping
    String start(@RequestParam(required = false) String force, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String days, @RequestParam(required = false) String timeLimitSeconds,
                 @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response) {
        try {
            Force chosen = mayPlan(user, force);
            LocalDate first = date(from);
            int dayCount = whole(days, "days", DEFAULT_DAYS);
            int seconds = whole(timeLimitSeconds, "timeLimitSeconds", DEFAULT_TIME_LIMIT_SECONDS);
            PlanJob job = jobs.start(chosen.code(), first, dayCount, Duration.ofSeconds(seconds));
            return "redirect:/planner/" + job.force().value() + "/" + job.id();
        } catch (RuleRefusedException e) {
            return refused(user, model, response, HttpStatus.CONFLICT, "Refused by rule " + e.rule(), e.rule(),
                    e.getMessage(), force, from, days, timeLimitSeconds);
        } catch (ForbiddenException e) {
            return refused(user, model, response, HttpStatus.FORBIDDEN, "Not allowed", null, e.getMessage(), force, from,
                    days, timeLimitSeconds);
        } catch (IllegalArgumentException | NotFoundException e) {
            return refused(user, model, response, HttpStatus.BAD_REQUEST, "Not started", null, e.getMessage(), force,
                    from, days, timeLimitSeconds);
        }
    }

    @GetMapping("/{force}/{id}")
    String plan(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal ArcsUser user,
                Model model, HttpServletResponse response) {
        PlanJob job;
        try {
            job = jobs.job(mayPlan(user, force).code(), id);
        } catch (ForbiddenException e) {
            return notShown(user, model, response, HttpStatus.FORBIDDEN, e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            return notShown(user, model, response, HttpStatus.NOT_FOUND, e.getMessage());
        }
        Force planned = forces.require(job.force());
        Roster roster = job.roster();
        boolean solving = job.state() instanceof PlanJob.State.Solving;
        model.addAttribute("job", job);
        model.addAttribute("force", planned);
        model.addAttribute("zone", planned.zone());
        model.addAttribute("status", job.state().name());
        model.addAttribute("solving", solving);
        model.addAttribute("score", roster == null || roster.getScore() == null ? null : roster.getScore().toString());
        if (job.state() instanceof PlanJob.State.Failed failed) {
            model.addAttribute("failure", failed.reason());
        }
        if (!solving && roster != null) {
            RosterReport report = RosterReport.of(roster);
            model.addAttribute("report", report);
            model.addAttribute("grid", RosterGrid.of(roster));
            model.addAttribute("explanation", jobs.explain(job).stream()
                    .map(c -> new Share(constraintName(c.constraint()), c.score(), c.hard(), c.medium(), c.soft())).toList());
        }
        return "planner-plan";
    }

    /**
     * The job's score events relayed to the page (the API's stream is for HTTP Basic clients): {@code score} with the
     * best score so far split into its levels, then {@code end} with the final status and how long solving took.
     */
    @GetMapping(path = "/{force}/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal ArcsUser user) {
        PlanJob job = jobs.job(mayPlan(user, force).code(), id);
        SseEmitter emitter = new SseEmitter(Planner.MAX_TIME_LIMIT.plus(STREAM_SLACK).toMillis());
        Runnable unsubscribe = job.subscribe(new PlanJob.Listener() {
            @Override
            public void improved(PlanJob.ScoreUpdate update) {
                Map<String, Object> point = levels(update.score());
                point.put("millis", update.millis());
                PlanController.send(emitter, SseEmitter.event().name("score").data(point, MediaType.APPLICATION_JSON));
            }

            @Override
            public void ended(PlanJob.State state) {
                Roster roster = job.roster();
                Map<String, Object> end = roster == null || roster.getScore() == null ? new LinkedHashMap<>()
                        : levels(roster.getScore().toString());
                end.put("status", state.name());
                Instant endedAt = job.ended() == null ? clock.instant() : job.ended();
                end.put("millis", Duration.between(job.started(), endedAt).toMillis());
                PlanController.send(emitter, SseEmitter.event().name("end").data(end, MediaType.APPLICATION_JSON));
                emitter.complete();
            }
        });
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(failure -> unsubscribe.run());
        return emitter;
    }

    @PostMapping("/{force}/{id}/stop")
    String stop(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal ArcsUser user,
                Model model, HttpServletResponse response) {
        try {
            PlanJob job = jobs.stop(mayPlan(user, force).code(), id);
            return "redirect:/planner/" + job.force().value() + "/" + job.id();
        } catch (ForbiddenException e) {
            return notShown(user, model, response, HttpStatus.FORBIDDEN, e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            return notShown(user, model, response, HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- the machinery

    /** The force named, if the user may plan for it: its own commanders and planners, or the national coordinator. */
    private Force mayPlan(ArcsUser user, String force) {
        String code = user.pageForce(force);
        if (code == null) {
            throw new IllegalArgumentException("force: choose the force to plan for");
        }
        return forces.require(ForceCode.of(code));
    }

    private void describeForm(ArcsUser user, String force, String from, int days, int seconds, Model model) {
        boolean coordinator = user.role() == Role.NATIONAL_COORDINATOR;
        List<Force> choices = coordinator ? forces.all()
                : forces.find(ForceCode.of(user.force())).map(List::of).orElse(List.of());
        String chosen = force != null && !force.isBlank() ? force
                : coordinator ? choices.stream().map(f -> f.code().value()).filter("MET"::equals).findFirst()
                        .orElse(choices.isEmpty() ? null : choices.getFirst().code().value())
                : user.force();
        model.addAttribute("forces", choices);
        model.addAttribute("chosenForce", chosen);
        model.addAttribute("from", from);
        model.addAttribute("days", days);
        model.addAttribute("timeLimitSeconds", seconds);
        model.addAttribute("maxTimeLimitSeconds", Planner.MAX_TIME_LIMIT.toSeconds());
        model.addAttribute("plans", jobs.jobs().stream()
                .filter(j -> coordinator || j.force().value().equals(user.force()))
                .map(j -> new PlanLine(j.id(), j.force().value(), j.from(), j.days(), j.state().name(), j.started(),
                        j.roster() == null || j.roster().getScore() == null ? null : j.roster().getScore().toString()))
                .toList());
        model.addAttribute("zone", choices.isEmpty() ? ZoneId.of("UTC") : choices.getFirst().zone());
    }

    private String refused(ArcsUser user, Model model, HttpServletResponse response, HttpStatus status, String title,
                           String rule, String detail, String force, String from, String days, String seconds) {
        response.setStatus(status.value());
        model.addAttribute("problem", new Problem(title, rule, detail));
        describeForm(user, force, from == null ? DEFAULT_FROM.toString() : from, lenient(days, DEFAULT_DAYS),
                lenient(seconds, DEFAULT_TIME_LIMIT_SECONDS), model);
        return "planner";
    }

    private String notShown(ArcsUser user, Model model, HttpServletResponse response, HttpStatus status, String detail) {
        response.setStatus(status.value());
        model.addAttribute("problem", new Problem(status == HttpStatus.FORBIDDEN ? "Not allowed" : "Not found", null,
                detail));
        describeForm(user, null, DEFAULT_FROM.toString(), DEFAULT_DAYS, DEFAULT_TIME_LIMIT_SECONDS, model);
        return "planner";
    }

    record Problem(String title, String rule, String detail) {
    }

    private static Map<String, Object> levels(String score) {
        HardMediumSoftScore parsed = HardMediumSoftScore.parseScore(score);
        Map<String, Object> levels = new LinkedHashMap<>();
        levels.put("score", score);
        levels.put("hard", parsed.hardScore());
        levels.put("medium", parsed.mediumScore());
        levels.put("soft", parsed.softScore());
        return levels;
    }

    /** "uk.arcs.planning/Unfilled seat" or "Unfilled seat": the constraint's own name. */
    private static String constraintName(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("from: a first day is needed, such as 2023-09-25");
        }
        try {
            return Instants.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("from: " + e.getMessage());
        }
    }

    private static int whole(String text, String field, int otherwise) {
        return RowFields.blank(text) ? otherwise : RowFields.wholeNumber(text, field);
    }

    private static int lenient(String text, int otherwise) {
        try {
            return whole(text, "", otherwise);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
