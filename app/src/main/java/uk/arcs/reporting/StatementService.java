package uk.arcs.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;
import uk.arcs.common.Verdict;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;

/**
 * Public statements: ARCS drafts one from the figures at an instant; the press office and the force's commanders
 * edit it; the press office and a commander (two different people) approve the final text; either publishes it.
 * Every step names the version it was based on and is refused with {@value #CURRENT_VERSION} when another step came
 * first. The steps are an append-only log; a statement is folded from its steps.
 */
public final class StatementService {

    /** A step based on a version that is no longer the current one (the web layer answers 412). */
    public static final String CURRENT_VERSION = "CurrentVersion";
    public static final String CORRECTS_PUBLISHED = "CorrectsAPublishedStatement";
    static final int MAX_TEXT = 5_000;
    private static final Set<String> DRAFTERS = Set.of("PRESS_OFFICE");
    private static final Set<String> EDITORS = Set.of("PRESS_OFFICE", "STRATEGIC_COMMANDER", "COMMANDER");

    private final ForceDirectory forces;
    private final CapabilityService capability;
    private final MilitaryService military;
    private final StatementStore store;
    private final Transactions transactions;
    private final Clock clock;

    public StatementService(ForceDirectory forces, CapabilityService capability, MilitaryService military,
                            StatementStore store, Transactions transactions, Clock clock) {
        this.forces = forces;
        this.capability = capability;
        this.military = military;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Drafts statement text from the figures at {@code at} (default now) as recorded now. {@code corrects}, if given,
     * names the published statement this one corrects.
     */
    public synchronized Verdict<Statement> draft(Actor actor, ForceCode code, Instant at, Integer corrects) {
        Force force = forces.require(code);
        permit(actor, code, DRAFTERS, "draft");
        Instant now = Precision.recorded(clock.instant());
        Instant when = at == null ? now : Precision.recorded(at);
        if (when.isAfter(now)) {
            throw new IllegalArgumentException("at: a statement states figures that have been recorded, not " + when);
        }
        StatementWriter.Correction correction = null;
        if (corrects != null) {
            List<StatementEvent> corrected = store.events(code.value(), corrects);
            if (corrected.isEmpty() || !(Statement.fold(corrected).stage() instanceof StatementStage.Published p)) {
                return Verdict.refused(CORRECTS_PUBLISHED, "a correction names a published statement of " + code
                        + "; statement " + corrects + " is not one");
            }
            correction = new StatementWriter.Correction(corrects, p.published().at());
        }
        Figures figures = Figures.of(force, capability.picture(code, when, now), military.stateAt(code, when, now));
        StatementEvent drafted = new StatementEvent(code.value(), store.lastNumber(code.value()) + 1, 1,
                StatementEvent.Type.DRAFTED, now, actor.username(), actor.role(),
                StatementWriter.write(figures, correction), figures, corrects, null);
        transactions.run(() -> store.insert(drafted));
        return Verdict.done(Statement.fold(List.of(drafted)));
    }

    public Verdict<Statement> edit(Actor actor, ForceCode code, int number, int expectedVersion, String text) {
        String checked = checkedText(text);
        return step(actor, code, number, expectedVersion, StatementEvent.Type.EDITED, checked, null,
                (stage, by) -> stage.edit(checked, by));
    }

    /** The press office's approval from a press officer; a commander's from a strategic commander or commander. */
    public Verdict<Statement> approve(Actor actor, ForceCode code, int number, int expectedVersion) {
        return step(actor, code, number, expectedVersion, StatementEvent.Type.APPROVED, null, null,
                (stage, by) -> stage.approve(StatementStage.Office.of(actor.role()), by));
    }

    public Verdict<Statement> publish(Actor actor, ForceCode code, int number, int expectedVersion) {
        return step(actor, code, number, expectedVersion, StatementEvent.Type.PUBLISHED, null, null,
                (stage, by) -> stage.publish(by));
    }

    /** Abandons a statement that was never published. */
    public Verdict<Statement> withdraw(Actor actor, ForceCode code, int number, int expectedVersion, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("reason: why the statement is withdrawn, at most 500 characters");
        }
        return step(actor, code, number, expectedVersion, StatementEvent.Type.WITHDRAWN, null, reason.strip(),
                (stage, by) -> stage.withdraw(by, reason.strip()));
    }

    public Statement statement(ForceCode code, int number) {
        forces.require(code);
        List<StatementEvent> events = store.events(code.value(), number);
        if (events.isEmpty()) {
            throw new NotFoundException("no statement " + number + " for " + code);
        }
        return Statement.fold(events);
    }

    /** The force's statements, newest first. */
    public List<Statement> statements(ForceCode code) {
        forces.require(code);
        Map<Integer, List<StatementEvent>> byNumber = new LinkedHashMap<>();
        for (StatementEvent event : store.events(code.value())) {
            byNumber.computeIfAbsent(event.number(), n -> new ArrayList<>()).add(event);
        }
        List<Statement> statements = new ArrayList<>(byNumber.values().stream().map(Statement::fold).toList());
        return statements.reversed();
    }

    private synchronized Verdict<Statement> step(Actor actor, ForceCode code, int number, int expectedVersion,
                                                 StatementEvent.Type type, String text, String reason,
                                                 BiFunction<StatementStage, StatementStage.Signature,
                                                         Verdict<StatementStage>> step) {
        permit(actor, code, EDITORS, type.name().toLowerCase(java.util.Locale.ROOT));
        Statement current = statement(code, number);
        if (current.version() != expectedVersion) {
            return Verdict.refused(CURRENT_VERSION, "statement " + number + " is at version " + current.version()
                    + ", not " + expectedVersion + ": read it again and base the step on what it now says");
        }
        Instant now = Precision.recorded(clock.instant());
        StatementStage.Signature by = new StatementStage.Signature(actor.username(), actor.role(), now);
        if (step.apply(current.stage(), by) instanceof Verdict.Refused<StatementStage> refused) {
            return Verdict.refused(refused.rule(), refused.reason());
        }
        StatementEvent event = new StatementEvent(code.value(), number, current.version() + 1, type, now,
                actor.username(), actor.role(), text, null, null, reason);
        transactions.run(() -> store.insert(event));
        List<StatementEvent> history = new ArrayList<>(current.history());
        history.add(event);
        return Verdict.done(Statement.fold(history));
    }

    private static void permit(Actor actor, ForceCode code, Set<String> roles, String step) {
        if (!roles.contains(actor.role()) || !actor.actsFor(code.value())) {
            throw new ForbiddenException(actor.role() + " cannot " + step + " statements of " + code);
        }
    }

    private static String checkedText(String text) {
        String normalised = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (normalised.isEmpty() || normalised.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text: the statement's text, 1 to " + MAX_TEXT + " characters");
        }
        return normalised;
    }
}
