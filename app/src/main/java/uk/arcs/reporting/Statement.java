package uk.arcs.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A public statement as its steps describe it: the figures it was written from (at {@code figures.at()}, as recorded
 * by {@code figures.knownAt()}), where it stands, and every step with who took it and when. {@code version} is the
 * number of steps so far; a step names the version it was based on.
 */
public record Statement(String force, int number, int version, Figures figures, Integer corrects, StatementStage stage,
                        List<StatementEvent> history) {

    public Statement {
        history = List.copyOf(history);
    }

    public Instant at() {
        return figures.at();
    }

    public Instant knownAt() {
        return figures.knownAt();
    }

    public String text() {
        return stage.text();
    }

    /** The statement its events (all of one statement, in version order) describe. */
    static Statement fold(List<StatementEvent> events) {
        StatementEvent first = events.getFirst();
        if (first.type() != StatementEvent.Type.DRAFTED || first.version() != 1) {
            throw new IllegalStateException("statement " + first.number() + " does not start with its draft");
        }
        StatementStage stage = new StatementStage.Draft(first.text(), null, null);
        for (StatementEvent e : events.subList(1, events.size())) {
            stage = (switch (e.type()) {
                case DRAFTED -> throw new IllegalStateException("statement " + e.number() + " drafted twice");
                case EDITED -> stage.edit(e.text(), e.signature());
                case APPROVED -> stage.approve(StatementStage.Office.of(e.role()), e.signature());
                case PUBLISHED -> stage.publish(e.signature());
                case WITHDRAWN -> stage.withdraw(e.signature(), e.reason());
            }).orThrow();
        }
        return new Statement(first.force(), first.number(), events.getLast().version(), first.figures(),
                first.corrects(), stage, events);
    }
}
