package uk.arcs.military.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Actor;
import uk.arcs.common.Instants;
import uk.arcs.common.Verdict;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryEvent;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryState;
import uk.arcs.military.MilitaryTask;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Screen;

/**
 * The military screen: a force's counter-terrorism contingency at a chosen instant, its whole log, the force's
 * counter-terrorism cover that the rules weigh, and the steps the user's role may take. Force roles see their
 * own force; the military liaison and the national coordinator choose one. Steps go through
 * {@link MilitaryService#record}, as the API's do, and a refusal names its rule.
 */
@Controller
@RequestMapping("/military")
class MilitaryPages {

    private final MilitaryService service;
    private final CapabilityService capability;
    private final ForceDirectory forces;
    private final Clock clock;

    MilitaryPages(MilitaryService service, CapabilityService capability, ForceDirectory forces, Clock clock) {
        this.service = service;
        this.capability = capability;
        this.forces = forces;
        this.clock = clock;
    }

    record LogRow(String occurred, MilitaryEventType type, String task, String incident, String reason,
                  String recorded, String recordedBy, boolean afterChosen) {
    }

    record StepView(MilitaryEventType type, String title, boolean asksTask, boolean namesIncident) {
    }

    /** A step as typed in one of the forms. */
    record StepForm(String type, String task, String incident, String reason, String occurredAt) {
    }

    /** Why a step was not recorded: a named rule, or input that cannot be read ({@code rule} null). */
    record Refusal(String rule, String reason) {
    }

    @GetMapping
    String screen(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                  @AuthenticationPrincipal ArcsUser user, Model model) {
        Force chosen = chosenForce(user, force);
        return page(chosen, at, user, null, null, model);
    }

    @PostMapping("/steps")
    String step(@ModelAttribute StepForm form, @RequestParam(required = false) String force,
                @RequestParam(required = false) String at, @AuthenticationPrincipal ArcsUser user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Force chosen = chosenForce(user, force);
        Refusal refusal;
        try {
            MilitaryEventType type = MilitaryController.parse(MilitaryEventType.class, form.type(), "type");
            MilitaryTask task = form.task() == null || form.task().isBlank() ? null
                    : MilitaryController.parse(MilitaryTask.class, form.task(), "task");
            Instant occurredAt = form.occurredAt() == null || form.occurredAt().isBlank() ? null
                    : Instants.parse(form.occurredAt(), chosen.zone());
            String incident = form.incident() == null || form.incident().isBlank() ? null : form.incident().trim();
            Verdict<MilitaryState> verdict = service.record(user.acting(occurredAt), chosen.code(), type, task,
                    incident, form.reason());
            if (verdict instanceof Verdict.Done<MilitaryState> done) {
                redirect.addFlashAttribute("recorded", "Recorded " + type + ": the contingency is now "
                        + done.value().name() + ".");
                return "redirect:" + UriComponentsBuilder.fromPath("/military")
                        .queryParam("force", chosen.code().value()).encode().build().toUriString();
            }
            Verdict.Refused<MilitaryState> refused = (Verdict.Refused<MilitaryState>) verdict;
            refusal = new Refusal(refused.rule(), refused.reason());
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (IllegalArgumentException e) {
            refusal = new Refusal(null, e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(chosen, at, user, refusal, form, model);
    }

    private String page(Force force, String at, ArcsUser user, Refusal refusal, StepForm form, Model model) {
        ZoneId zone = force.zone();
        Instant now = clock.instant();
        Instant when = now;
        String problem = null;
        if (at != null && !at.isBlank()) {
            try {
                when = Instants.parse(at, zone);
            } catch (IllegalArgumentException e) {
                problem = "Instant: " + e.getMessage();
            }
        }
        MilitaryState state = service.stateAt(force.code(), when, now);
        Instant chosen = when;
        List<LogRow> log = service.events(force.code()).stream()
                .map(e -> row(e, zone, chosen))
                .toList();
        model.addAttribute("force", force);
        model.addAttribute("forces", forces.all());
        model.addAttribute("chooseForce", !user.role().forceBound());
        model.addAttribute("atParam", at == null || at.isBlank() || problem != null ? null : at.trim());
        model.addAttribute("atInput", Instants.localInput(when, zone));
        model.addAttribute("atLocal", Instants.readable(when, zone));
        model.addAttribute("nowInput", Instants.localInput(now, zone));
        model.addAttribute("problem", problem);
        model.addAttribute("state", state);
        model.addAttribute("since", state.since() == null ? null : Instants.readable(state.since(), zone));
        model.addAttribute("incident", state instanceof MilitaryState.Activated activated ? activated.incident() : null);
        model.addAttribute("log", log);
        // The liaison sees the contingency only, never the force's figures (as in the API).
        CapabilityPicture.CounterTerrorism cover = Screen.DASHBOARD.openTo(user.role())
                ? capability.picture(force.code(), when, now).counterTerrorism() : null;
        model.addAttribute("cover", cover);
        Actor actor = user.acting(null);
        model.addAttribute("steps", Arrays.stream(MilitaryEventType.values())
                .filter(type -> MilitaryService.mayRecord(actor, force.code(), type))
                .map(MilitaryPages::view).toList());
        model.addAttribute("tasks", MilitaryTask.values());
        model.addAttribute("refusal", refusal);
        model.addAttribute("form", form);
        return "military";
    }

    private static LogRow row(MilitaryEvent event, ZoneId zone, Instant chosen) {
        return new LogRow(Instants.readable(event.occurredAt(), zone), event.type(),
                event.task() == null ? "" : event.task().name(), event.incident() == null ? "" : event.incident(),
                event.reason(), Instants.readable(event.recordedAt(), zone), event.recordedBy(),
                event.occurredAt().isAfter(chosen));
    }

    private static StepView view(MilitaryEventType type) {
        String title = switch (type) {
            case REQUESTED -> "Request military support";
            case STANDBY_AGREED -> "Record the MoD's agreement (standby)";
            case ACTIVATED -> "Activate for an incident";
            case INCIDENT_CLOSED -> "Close the incident";
            case STOOD_DOWN -> "Stand the military down";
        };
        return new StepView(type, title, type == MilitaryEventType.REQUESTED, type == MilitaryEventType.ACTIVATED);
    }

    /** Force roles act on their own force; the liaison and coordinator choose one (the first with a log, unless named). */
    private Force chosenForce(ArcsUser user, String requested) {
        return forces.namedOr(user.pageForce(requested), all -> all.stream()
                .filter(f -> !service.events(f.code()).isEmpty()).findFirst().orElse(all.getFirst()));
    }
}
