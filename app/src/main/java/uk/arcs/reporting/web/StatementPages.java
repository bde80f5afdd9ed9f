package uk.arcs.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.arcs.common.Actor;
import uk.arcs.common.Instants;
import uk.arcs.common.RowFields;
import uk.arcs.common.Verdict;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.Statement;
import uk.arcs.reporting.StatementService;
import uk.arcs.reporting.StatementStage;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * Public statements on the reports screen: the force's statements; a draft written from the figures at an instant
 * (press office); and a page per statement with its text, the figures it stands on, its stage and history, and the
 * steps the viewer's role may take at that stage. Every step goes through {@link StatementService}, as the API's do,
 * and names the version the form showed, so a step on a statement that changed meanwhile is refused, not applied to
 * words the user never read.
 */
@Controller
@RequestMapping("/reports/statements")
class StatementPages {

    /** Who works on a force's statements, as in the API: its press office, strategic commander and commanders. */
    static final Set<Role> STAFF = EnumSet.of(Role.PRESS_OFFICE, Role.STRATEGIC_COMMANDER, Role.COMMANDER);
    private static final int EXCERPT_LENGTH = 160;

    private final StatementService statements;
    private final ForceDirectory forces;
    private final Clock clock;

    StatementPages(StatementService statements, ForceDirectory forces, Clock clock) {
        this.statements = statements;
        this.forces = forces;
        this.clock = clock;
    }

    /** A statement in the force's list. */
    record Line(int number, String stage, int version, String at, Integer corrects, String excerpt) {
    }

    /** The steps the viewer may take on a statement at its stage; {@code approveAs} is null when none is theirs. */
    record Steps(boolean edit, String approveAs, boolean publish, boolean withdraw) {

        static Steps of(Role role, StatementStage stage) {
            if (!(stage instanceof StatementStage.Unpublished open)) {
                return new Steps(false, null, false, false);
            }
            StatementStage.Office office = StatementStage.Office.of(role.name());
            String approveAs = office == StatementStage.Office.PRESS_OFFICE && open.pressOffice() == null
                    ? "Approve for the press office"
                    : office == StatementStage.Office.COMMAND && open.command() == null ? "Approve as commander" : null;
            return new Steps(true, approveAs, stage instanceof StatementStage.Approved, true);
        }

        public boolean any() {
            return edit || approveAs != null || publish || withdraw;
        }
    }

    /** A step taken through the service: by whom, on which force's statement, based on which version. */
    private interface StepOnVersion {
        Verdict<Statement> take(Actor actor, ForceCode force, int version);
    }

    // ---------------------------------------------------------------- the list and drafting

    @GetMapping
    String list(@RequestParam(required = false) String force, @AuthenticationPrincipal ArcsUser user, Model model) {
        describeList(ReportInputs.force(user, force, forces), user, model);
        return "reports-statements";
    }

    @PostMapping
    String draft(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                 @RequestParam(required = false) String corrects, @AuthenticationPrincipal ArcsUser user, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Force chosen = ReportInputs.force(user, force, forces);
        ReportStep<Statement> step = ReportStep.take("Not drafted; nothing was recorded", () -> {
            // The form always names the instant whose figures it drafts from: a post without one is not the page's.
            RowFields.required(at, "at (the instant whose figures the statement states)");
            return statements.draft(user.acting(null), chosen.code(), ReportInputs.instant(at, chosen.zone(), "at"),
                    RowFields.blank(corrects) ? null : RowFields.wholeNumber(corrects, "corrects"));
        });
        if (step.done() != null) {
            Statement drafted = step.done();
            redirect.addFlashAttribute("recorded", "Statement " + drafted.number() + " drafted from the figures at "
                    + Instants.readable(drafted.at(), chosen.zone()) + ".");
            return "redirect:/reports/statements/" + drafted.number();
        }
        step.showOn(model, response);
        describeList(chosen, user, model);
        return "reports-statements";
    }

    private void describeList(Force force, ArcsUser user, Model model) {
        ZoneId zone = force.zone();
        List<Statement> all = statements.statements(force.code());
        frame(force, user, model);
        model.addAttribute("statements", all.stream().map(s -> new Line(s.number(), s.stage().name(), s.version(),
                Instants.readable(s.at(), zone), s.corrects(), excerpt(StatementView.of(s).paragraphs()))).toList());
        model.addAttribute("drafter", user.role() == Role.PRESS_OFFICE);
        model.addAttribute("atInput", Instants.localInput(clock.instant(), zone));
        model.addAttribute("published", all.stream()
                .filter(s -> s.stage() instanceof StatementStage.Published).map(Statement::number).toList());
    }

    // ---------------------------------------------------------------- one statement and its steps

    @GetMapping("/{number}")
    String statement(@PathVariable int number, @RequestParam(required = false) String force,
                     @AuthenticationPrincipal ArcsUser user, Model model) {
        describeStatement(ReportInputs.force(user, force, forces), number, user, null, model);
        return "reports-statement";
    }

    @PostMapping("/{number}/edit")
    String edit(@PathVariable int number, @RequestParam(required = false) String force,
                @RequestParam(required = false) String version, @RequestParam(required = false) String text,
                @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        return step(user, force, number, version, text, "Text changed; any approval given before must be given again",
                model, response, redirect,
                (actor, code, expected) -> statements.edit(actor, code, number, expected, text));
    }

    @PostMapping("/{number}/approve")
    String approve(@PathVariable int number, @RequestParam(required = false) String force,
                   @RequestParam(required = false) String version, @AuthenticationPrincipal ArcsUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(user, force, number, version, null, "Approved", model, response, redirect,
                (actor, code, expected) -> statements.approve(actor, code, number, expected));
    }

    @PostMapping("/{number}/publish")
    String publish(@PathVariable int number, @RequestParam(required = false) String force,
                   @RequestParam(required = false) String version, @AuthenticationPrincipal ArcsUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(user, force, number, version, null, "Published; the statement is now final", model, response,
                redirect, (actor, code, expected) -> statements.publish(actor, code, number, expected));
    }

    @PostMapping("/{number}/withdraw")
    String withdraw(@PathVariable int number, @RequestParam(required = false) String force,
                    @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return step(user, force, number, version, null, "Withdrawn", model, response, redirect,
                (actor, code, expected) -> statements.withdraw(actor, code, number, expected, reason));
    }

    /**
     * Takes a step through the service. Done: back to the statement (a fresh GET, so a reload repeats nothing).
     * Otherwise the statement again, as it now stands, with why nothing was recorded (see {@link ReportStep}); a
     * refused edit keeps the text the user typed.
     */
    private String step(ArcsUser user, String force, int number, String version, String typedText, String done,
                        Model model, HttpServletResponse response, RedirectAttributes redirect, StepOnVersion step) {
        Force chosen = ReportInputs.force(user, force, forces);
        ReportStep<Statement> outcome = ReportStep.take("Not recorded", () -> step.take(user.acting(null),
                chosen.code(), RowFields.wholeNumber(version, "version (of the statement the step is based on)")));
        if (outcome.done() != null) {
            redirect.addFlashAttribute("recorded", done + " (version " + outcome.done().version() + ").");
            return "redirect:/reports/statements/" + number;
        }
        outcome.showOn(model, response);
        describeStatement(chosen, number, user, typedText, model);
        return "reports-statement";
    }

    private void describeStatement(Force force, int number, ArcsUser user, String typedText, Model model) {
        Statement statement = statements.statement(force.code(), number);
        StatementView view = StatementView.of(statement);
        frame(force, user, model);
        model.addAllAttributes(ReportDocuments.statement(view, force.zone()).model());
        model.addAttribute("steps", Steps.of(user.role(), statement.stage()));
        model.addAttribute("editText", typedText != null ? typedText : statement.text());
    }

    private void frame(Force force, ArcsUser user, Model model) {
        ReportSection.STATEMENTS.frame(model, user.role());
        model.addAttribute("force", force);
    }

    /**
     * The start of the text on one line, cut at a word. The first paragraph is the heading (the force and the time, as
     * the statement prints it in bold), which the list shows in its own columns; a text of one paragraph is all body.
     */
    private static String excerpt(List<String> paragraphs) {
        List<String> body = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
        String line = String.join(" ", body).replaceAll("\\s+", " ").strip();
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', EXCERPT_LENGTH);
        return line.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + " …";
    }
}
