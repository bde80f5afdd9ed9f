package uk.arcs.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import uk.arcs.common.Verdict;
import uk.arcs.reporting.StatementService;

/**
 * What a step taken on a reports page through its service came to: done, with what it made; or not done, with the
 * problem the page shows and the status it answers with. A rule's refusal is 409; a statement step based on a version
 * that is no longer current 412, as in the API; input that cannot be read 400. In none of these is anything recorded.
 */
record ReportStep<T>(T done, ReportProblem problem, HttpStatus status) {

    /** Takes the step; {@code notDone} titles a refusal of input the step could not read. */
    static <T> ReportStep<T> take(String notDone, Supplier<Verdict<T>> step) {
        try {
            return switch (step.get()) {
                case Verdict.Done<T> done -> new ReportStep<>(done.value(), null, null);
                case Verdict.Refused<T> stale when stale.rule().equals(StatementService.CURRENT_VERSION) ->
                        new ReportStep<>(null, new ReportProblem("Changed since you opened it; nothing was recorded",
                                stale.rule(), stale.reason()), HttpStatus.PRECONDITION_FAILED);
                case Verdict.Refused<T> refused -> new ReportStep<>(null,
                        ReportProblem.refused(refused.rule(), refused.reason()), HttpStatus.CONFLICT);
            };
        } catch (IllegalArgumentException e) {
            return new ReportStep<>(null, ReportProblem.unreadable(notDone, e.getMessage()), HttpStatus.BAD_REQUEST);
        }
    }

    /** Puts why the step was not done at the top of the page about to be shown, and answers with its status. */
    void showOn(Model model, HttpServletResponse response) {
        model.addAttribute("problem", problem);
        response.setStatus(status.value());
    }
}
