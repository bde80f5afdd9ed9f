package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.TestForces.london;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Verdict;
import uk.arcs.force.ForceCode;

class StatementServiceTest {

    private static final Actor PRESS = actor("req.press", "PRESS_OFFICE", REQ);
    private static final Actor GOLD = actor("req.gold", "STRATEGIC_COMMANDER", REQ);
    private static final Actor SILVER = actor("req.silver", "COMMANDER", REQ);

    private InMemoryArcs arcs;
    private InMemoryStatements store;
    private StatementService statements;

    @BeforeEach
    void twoForces() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(london("2023-09-24T09:00"));
        store = new InMemoryStatements();
        statements = new StatementService(arcs, arcs.capability, arcs.military, store, arcs, arcs.clock);
    }

    private static Actor actor(String user, String role, ForceCode force) {
        return new Actor(user, role, force.value(), null, null);
    }

    private Statement draft() {
        return statements.draft(PRESS, REQ, london("2023-09-24T02:00"), null).orThrow();
    }

    private static String rule(Verdict<Statement> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused<Statement>) verdict).rule();
    }

    @Test
    void draftIsWrittenFromTheFiguresAtTheInstantAndKeepsThem() {
        Statement drafted = draft();
        assertThat(drafted.number()).isEqualTo(1);
        assertThat(drafted.version()).isEqualTo(1);
        assertThat(drafted.stage()).isInstanceOf(StatementStage.Draft.class);
        assertThat(drafted.at()).isEqualTo(london("2023-09-24T02:00"));
        assertThat(drafted.knownAt()).isEqualTo(london("2023-09-24T09:00"));
        assertThat(drafted.figures().arv()).isEqualTo(new Figures.Arv(0, 2, 0));
        assertThat(drafted.text()).isEqualTo(StatementWriter.write(drafted.figures()))
                .contains("The force has 10 firearms officers.")
                .contains("Its own officers can crew 0 of the 2 armed response vehicles");
        assertThat(statements.statement(REQ, 1)).isEqualTo(drafted);
        assertThat(statements.draft(PRESS, REQ, null, null).orThrow().number()).isEqualTo(2);
    }

    @Test
    void draftToPublishedThroughEditAndTwoApprovals() {
        Statement s = draft();
        s = statements.edit(SILVER, REQ, 1, 1, "REQ Police: armed officers remain on duty.").orThrow();
        assertThat(s.version()).isEqualTo(2);
        s = statements.approve(PRESS, REQ, 1, 2).orThrow();
        s = statements.approve(GOLD, REQ, 1, 3).orThrow();
        assertThat(s.stage()).isInstanceOf(StatementStage.Approved.class);
        s = statements.publish(PRESS, REQ, 1, 4).orThrow();
        assertThat(s.stage()).isInstanceOf(StatementStage.Published.class);
        assertThat(s.text()).isEqualTo("REQ Police: armed officers remain on duty.");
        assertThat(s.history()).extracting(StatementEvent::type).containsExactly(StatementEvent.Type.DRAFTED,
                StatementEvent.Type.EDITED, StatementEvent.Type.APPROVED, StatementEvent.Type.APPROVED,
                StatementEvent.Type.PUBLISHED);
        assertThat(s.history()).extracting(StatementEvent::recordedBy)
                .containsExactly("req.press", "req.silver", "req.press", "req.gold", "req.press");
        assertThat(s.figures()).isEqualTo(statements.statement(REQ, 1).figures());
        assertThat(rule(statements.edit(GOLD, REQ, 1, 5, "changed after the event")))
                .isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        assertThat(rule(statements.withdraw(GOLD, REQ, 1, 5, "regret"))).isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        assertThat(store.rows).hasSize(5);
    }

    @Test
    void anEditAfterApprovalNeedsBothApprovalsAgain() {
        draft();
        statements.approve(PRESS, REQ, 1, 1).orThrow();
        statements.approve(GOLD, REQ, 1, 2).orThrow();
        Statement edited = statements.edit(PRESS, REQ, 1, 3, "new words").orThrow();
        assertThat(edited.stage()).isEqualTo(new StatementStage.Draft("new words", null, null));
        assertThat(rule(statements.publish(GOLD, REQ, 1, 4))).isEqualTo(StatementStage.APPROVED_BEFORE_PUBLISHING);
    }

    @Test
    void staleVersionIsRefusedAndNothingIsRecorded() {
        draft();
        statements.approve(PRESS, REQ, 1, 1).orThrow();
        assertThat(rule(statements.approve(GOLD, REQ, 1, 1))).isEqualTo(StatementService.CURRENT_VERSION);
        assertThat(rule(statements.edit(GOLD, REQ, 1, 3, "from the future"))).isEqualTo(StatementService.CURRENT_VERSION);
        assertThat(store.rows).hasSize(2);
    }

    @Test
    void samePersonApprovingTwiceIsRefused() {
        draft();
        statements.approve(PRESS, REQ, 1, 1).orThrow();
        assertThat(rule(statements.approve(PRESS, REQ, 1, 2))).isEqualTo(StatementStage.TWO_PERSON_APPROVAL);
        Actor otherPressOfficer = actor("req.press2", "PRESS_OFFICE", REQ);
        assertThat(rule(statements.approve(otherPressOfficer, REQ, 1, 2)))
                .isEqualTo(StatementStage.ONE_APPROVAL_PER_OFFICE);
    }

    @Test
    void onlyThePressOfficeDraftsAndOnlyTheForcesPressAndCommandersTakeSteps() {
        assertThatThrownBy(() -> statements.draft(GOLD, REQ, null, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statements.draft(actor("don.press", "PRESS_OFFICE", DON), REQ, null, null))
                .isInstanceOf(ForbiddenException.class);
        draft();
        assertThatThrownBy(() -> statements.approve(actor("req.planner", "PLANNER", REQ), REQ, 1, 1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statements.publish(actor("don.gold", "STRATEGIC_COMMANDER", DON), REQ, 1, 1))
                .isInstanceOf(ForbiddenException.class);
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsRecorded() {
        assertThatThrownBy(() -> statements.draft(PRESS, REQ, london("2023-09-24T10:00"), null))
                .isInstanceOf(IllegalArgumentException.class);
        draft();
        assertThatThrownBy(() -> statements.edit(PRESS, REQ, 1, 1, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statements.edit(PRESS, REQ, 1, 1, "x".repeat(5_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statements.withdraw(PRESS, REQ, 1, 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statements.statement(REQ, 9)).isInstanceOf(uk.arcs.common.NotFoundException.class);
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void aCorrectionNamesAPublishedStatement() {
        draft();
        assertThat(rule(statements.draft(PRESS, REQ, null, 1))).isEqualTo(StatementService.CORRECTS_PUBLISHED);
        assertThat(rule(statements.draft(PRESS, REQ, null, 7))).isEqualTo(StatementService.CORRECTS_PUBLISHED);
        statements.approve(PRESS, REQ, 1, 1).orThrow();
        statements.approve(SILVER, REQ, 1, 2).orThrow();
        statements.publish(SILVER, REQ, 1, 3).orThrow();
        Statement correction = statements.draft(PRESS, REQ, null, 1).orThrow();
        assertThat(correction.corrects()).isEqualTo(1);
        assertThat(correction.text()).contains("This statement corrects statement 1, published at 09:00 on Sunday "
                + "24 September 2023.");
        assertThat(statements.statements(REQ)).extracting(Statement::number).containsExactly(2, 1);
    }

    @Test
    void aWithdrawnDraftTakesNoMoreSteps() {
        draft();
        Statement withdrawn = statements.withdraw(PRESS, REQ, 1, 1, "overtaken by events").orThrow();
        assertThat(withdrawn.stage()).isInstanceOf(StatementStage.Withdrawn.class);
        assertThat(rule(statements.approve(GOLD, REQ, 1, 2))).isEqualTo(StatementStage.WITHDRAWN_IS_FINAL);
    }

    private static final class InMemoryStatements implements StatementStore {
        final List<StatementEvent> rows = new ArrayList<>();

        @Override
        public void insert(StatementEvent event) {
            if (rows.stream().anyMatch(e -> e.force().equals(event.force()) && e.number() == event.number()
                    && e.version() == event.version())) {
                throw new IllegalStateException("duplicate key");
            }
            rows.add(event);
        }

        @Override
        public List<StatementEvent> events(String force, int number) {
            return rows.stream().filter(e -> e.force().equals(force) && e.number() == number)
                    .sorted(Comparator.comparingInt(StatementEvent::version)).toList();
        }

        @Override
        public List<StatementEvent> events(String force) {
            return rows.stream().filter(e -> e.force().equals(force))
                    .sorted(Comparator.comparingInt(StatementEvent::number).thenComparingInt(StatementEvent::version))
                    .toList();
        }

        @Override
        public int lastNumber(String force) {
            return rows.stream().filter(e -> e.force().equals(force)).mapToInt(StatementEvent::number).max().orElse(0);
        }
    }
}
