package uk.arcs.reporting.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.arcs.reporting.Figures;
import uk.arcs.reporting.Statement;
import uk.arcs.reporting.StatementEvent;
import uk.arcs.reporting.StatementStage;

/**
 * A public statement as the API and the press screens show it: where it stands, its text, who approved and
 * published it, every step, and the figures it was written from. The same view fills the statement template.
 */
public record StatementView(String force, int number, int version, String state, String text, Instant at,
                            Instant knownAt, Integer corrects, StatementStage.Signature pressOfficeApproval,
                            StatementStage.Signature commandApproval, StatementStage.Signature published,
                            StatementStage.Signature withdrawn, String withdrawnReason, List<Step> history,
                            Figures figures) {

    /** One step: who took it, in what role, when; an edit's text, a withdrawal's reason. */
    public record Step(int version, String step, String by, String role, Instant at, String text, String reason) {
    }

    static StatementView of(Statement s) {
        StatementStage.Signature press = null;
        StatementStage.Signature command = null;
        StatementStage.Signature published = null;
        StatementStage.Signature withdrawn = null;
        String reason = null;
        switch (s.stage()) {
            case StatementStage.Draft d -> {
                press = d.pressOffice();
                command = d.command();
            }
            case StatementStage.Approved a -> {
                press = a.pressOffice();
                command = a.command();
            }
            case StatementStage.Published p -> {
                press = p.pressOffice();
                command = p.command();
                published = p.published();
            }
            case StatementStage.Withdrawn w -> {
                withdrawn = w.withdrawn();
                reason = w.reason();
            }
        }
        List<Step> history = s.history().stream().map(StatementView::step).toList();
        return new StatementView(s.force(), s.number(), s.version(), s.stage().name(), s.text(), s.at(), s.knownAt(),
                s.corrects(), press, command, published, withdrawn, reason, history, s.figures());
    }

    private static Step step(StatementEvent e) {
        return new Step(e.version(), e.type().name(), e.recordedBy(), e.role(), e.recordedAt(), e.text(), e.reason());
    }

    /** The text's paragraphs, as the template prints them. */
    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The strong entity tag of this version, for If-Match. */
    String etag() {
        return "\"" + version + "\"";
    }
}
