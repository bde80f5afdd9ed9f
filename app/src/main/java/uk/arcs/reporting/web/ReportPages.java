package uk.arcs.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.arcs.common.Instants;
import uk.arcs.common.RowFields;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.ClaimCheck;
import uk.arcs.reporting.ClaimChecker;
import uk.arcs.reporting.FirearmsStatistics;
import uk.arcs.reporting.StatisticsService;
import uk.arcs.security.ArcsUser;

/**
 * The reports screen's front page, the claim check and the annual statistics. A claim is checked by
 * {@link ClaimChecker} against the figures of the user's force (a national role chooses one) at the instant typed, as
 * the API checks it; the statistics are {@link StatisticsService}'s Home Office style table for the year chosen.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

    /** How the checker's figures are labelled (it gives them in order); one it adds later shows under its own name. */
    private static final Map<String, String> CLAIM_FIGURES = Map.of(
            "count", "Officers the claim is about who did what it says",
            "of", "Officers the claim is about",
            "steppedBack", "Firearms officers stepped back",
            "firearmsOfficers", "Firearms officers",
            "knownAt", "As recorded by");

    private final ClaimChecker claims;
    private final StatisticsService statistics;
    private final ForceDirectory forces;
    private final Clock clock;

    ReportPages(ClaimChecker claims, StatisticsService statistics, ForceDirectory forces, Clock clock) {
        this.claims = claims;
        this.statistics = statistics;
        this.forces = forces;
        this.clock = clock;
    }

    /** The claim as typed, so a refused or checked claim can be changed and checked again. */
    record ClaimForm(String text, String at, String knownAt) {
    }

    /** A checked claim as the page shows it: the verdict, the explanation and the figures, labelled. */
    record Checked(ClaimCheck.Verdict verdict, String claim, String at, String explanation, List<Figure> figures) {
    }

    record Figure(String label, String value) {
    }

    /** One statistics year in the select: 2022 is "2022/23". */
    record Year(int year, String label, boolean published) {
    }

    @GetMapping
    String index(@AuthenticationPrincipal ArcsUser user, Model model) {
        model.addAttribute("sections", ReportSection.openTo(user.role()));
        return "reports";
    }

    // ---------------------------------------------------------------- claim check

    @GetMapping("/claims")
    String claimForm(@RequestParam(required = false) String force, @AuthenticationPrincipal ArcsUser user,
                     Model model) {
        Force chosen = ReportInputs.force(user, force, forces);
        describeClaims(chosen, user, new ClaimForm("", Instants.localInput(clock.instant(), chosen.zone()), ""), model);
        return "reports-claims";
    }

    /** Checks a claim; nothing is recorded. A claim or an instant that cannot be read answers 400 and says why. */
    @PostMapping("/claims")
    String check(@RequestParam(required = false) String force, @RequestParam(required = false) String text,
                 @RequestParam(required = false) String at, @RequestParam(required = false) String knownAt,
                 @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response) {
        Force chosen = ReportInputs.force(user, force, forces);
        ZoneId zone = chosen.zone();
        ClaimForm form = new ClaimForm(text, at, knownAt);
        try {
            RowFields.required(text, "text (the claim to check)");
            Instant known = ReportInputs.optionalInstant(knownAt, zone, "as known at");
            Instant when = ReportInputs.optionalInstant(at, zone, "at");
            Instant asKnown = known == null ? clock.instant() : known;
            ClaimCheck check = claims.check(chosen.code(), text, when == null ? asKnown : when, asKnown);
            ReportFormat fmt = new ReportFormat(zone);
            model.addAttribute("checked", new Checked(check.verdict(), check.claim(), fmt.when(check.at()),
                    check.explanation(), figures(check, fmt)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", ReportProblem.unreadable("Not checked", e.getMessage()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        describeClaims(chosen, user, form, model);
        return "reports-claims";
    }

    private void describeClaims(Force force, ArcsUser user, ClaimForm form, Model model) {
        ReportSection.CLAIMS.frame(model, user.role());
        ReportInputs.forceChoice(model, user, force, forces);
        model.addAttribute("form", form);
    }

    private static List<Figure> figures(ClaimCheck check, ReportFormat fmt) {
        return check.figures().entrySet().stream()
                .map(e -> new Figure(CLAIM_FIGURES.getOrDefault(e.getKey(), e.getKey()), switch (e.getValue()) {
                    case Integer n -> fmt.number(n);
                    case Instant instant -> fmt.when(instant);
                    default -> String.valueOf(e.getValue());
                }))
                .toList();
    }

    // ---------------------------------------------------------------- statistics

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) String year, @AuthenticationPrincipal ArcsUser user,
                      Model model, HttpServletResponse response) {
        List<Integer> published = statistics.publishedYears();
        int first = published.isEmpty() ? statistics.currentYear() : published.getFirst();
        int last = Math.max(statistics.currentYear(), published.isEmpty() ? first : published.getLast());
        ReportSection.STATISTICS.frame(model, user.role());
        model.addAttribute("years", IntStream.iterate(last, y -> y >= first, y -> y - 1)
                .mapToObj(y -> new Year(y, y + "/" + String.format("%02d", (y + 1) % 100), published.contains(y)))
                .toList());
        model.addAttribute("fmt", new ReportFormat(ZoneId.of("Europe/London")));
        try {
            int chosen = RowFields.blank(year) ? (published.isEmpty() ? last : published.getLast())
                    : RowFields.wholeNumber(year, "year");
            FirearmsStatistics table = statistics.year(chosen);
            model.addAttribute("year", chosen);
            model.addAttribute("table", table);
            model.addAttribute("forceNames", forces.all().stream()
                    .collect(Collectors.toMap(f -> f.code().value(), Force::name)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", ReportProblem.unreadable("No table", e.getMessage()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "reports-statistics";
    }
}
