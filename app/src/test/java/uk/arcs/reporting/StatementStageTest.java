package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.arcs.common.Verdict;
import uk.arcs.reporting.StatementStage.Approved;
import uk.arcs.reporting.StatementStage.Draft;
import uk.arcs.reporting.StatementStage.Office;
import uk.arcs.reporting.StatementStage.Published;
import uk.arcs.reporting.StatementStage.Signature;
import uk.arcs.reporting.StatementStage.Withdrawn;

class StatementStageTest {

    private static final Instant T = Instant.parse("2023-09-25T11:00:00Z");
    private static final Signature PRESS = new Signature("met.press", "PRESS_OFFICE", T);
    private static final Signature OTHER_PRESS = new Signature("met.press2", "PRESS_OFFICE", T);
    private static final Signature GOLD = new Signature("met.gold", "STRATEGIC_COMMANDER", T);
    private static final Signature SILVER = new Signature("met.silver", "COMMANDER", T);
    private static final Draft DRAFT = new Draft("ARCS's words", null, null);

    private static StatementStage done(Verdict<StatementStage> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Done.class);
        return verdict.orThrow();
    }

    private static String rule(Verdict<StatementStage> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused<StatementStage>) verdict).rule();
    }

    private static Approved approved() {
        return (Approved) done(done(DRAFT.approve(Office.PRESS_OFFICE, PRESS)).approve(Office.COMMAND, GOLD));
    }

    @Test
    void rolesGiveTheApprovalOfTheirOffice() {
        assertThat(Office.of("PRESS_OFFICE")).isEqualTo(Office.PRESS_OFFICE);
        assertThat(Office.of("STRATEGIC_COMMANDER")).isEqualTo(Office.COMMAND);
        assertThat(Office.of("COMMANDER")).isEqualTo(Office.COMMAND);
        assertThat(Office.of("PLANNER")).isNull();
    }

    @Test
    void pressOfficeAndCommanderApprovalsInEitherOrderMakeItApproved() {
        StatementStage pressFirst = done(done(DRAFT.approve(Office.PRESS_OFFICE, PRESS)).approve(Office.COMMAND, GOLD));
        StatementStage commanderFirst = done(done(DRAFT.approve(Office.COMMAND, SILVER))
                .approve(Office.PRESS_OFFICE, PRESS));
        assertThat(pressFirst).isEqualTo(new Approved("ARCS's words", PRESS, GOLD));
        assertThat(commanderFirst).isEqualTo(new Approved("ARCS's words", PRESS, SILVER));
    }

    @Test
    void oneApprovalLeavesItADraft() {
        assertThat(done(DRAFT.approve(Office.PRESS_OFFICE, PRESS))).isEqualTo(new Draft("ARCS's words", PRESS, null));
    }

    @Test
    void samePersonCannotApproveTwice() {
        Draft pressApproved = (Draft) done(DRAFT.approve(Office.PRESS_OFFICE, PRESS));
        assertThat(rule(pressApproved.approve(Office.PRESS_OFFICE, PRESS)))
                .isEqualTo(StatementStage.TWO_PERSON_APPROVAL);
        // The same login acting as the other office is still the same person.
        Signature pressAsCommander = new Signature("met.press", "COMMANDER", T);
        assertThat(rule(pressApproved.approve(Office.COMMAND, pressAsCommander)))
                .isEqualTo(StatementStage.TWO_PERSON_APPROVAL);
        assertThat(rule(approved().approve(Office.COMMAND, GOLD))).isEqualTo(StatementStage.TWO_PERSON_APPROVAL);
    }

    @Test
    void anOfficeApprovesOnce() {
        Draft pressApproved = (Draft) done(DRAFT.approve(Office.PRESS_OFFICE, PRESS));
        assertThat(rule(pressApproved.approve(Office.PRESS_OFFICE, OTHER_PRESS)))
                .isEqualTo(StatementStage.ONE_APPROVAL_PER_OFFICE);
        assertThat(rule(approved().approve(Office.COMMAND, SILVER))).isEqualTo(StatementStage.ONE_APPROVAL_PER_OFFICE);
    }

    @Test
    void publishingNeedsBothApprovals() {
        assertThat(rule(DRAFT.publish(PRESS))).isEqualTo(StatementStage.APPROVED_BEFORE_PUBLISHING);
        Verdict<StatementStage> onlyPress = done(DRAFT.approve(Office.PRESS_OFFICE, PRESS)).publish(PRESS);
        assertThat(rule(onlyPress)).isEqualTo(StatementStage.APPROVED_BEFORE_PUBLISHING);
        assertThat(((Verdict.Refused<StatementStage>) onlyPress).reason()).contains("no commander has approved it");
        assertThat(done(approved().publish(GOLD))).isEqualTo(new Published("ARCS's words", PRESS, GOLD, GOLD));
    }

    @Test
    void anEditClearsTheApprovals() {
        assertThat(done(approved().edit("new words", SILVER))).isEqualTo(new Draft("new words", null, null));
        Draft pressApproved = (Draft) done(DRAFT.approve(Office.PRESS_OFFICE, PRESS));
        assertThat(done(pressApproved.edit("new words", PRESS))).isEqualTo(new Draft("new words", null, null));
    }

    @Test
    void anEditMustChangeTheText() {
        assertThat(rule(DRAFT.edit("ARCS's words", PRESS))).isEqualTo(StatementStage.EDIT_CHANGES_TEXT);
        assertThat(rule(approved().edit("ARCS's words", PRESS))).isEqualTo(StatementStage.EDIT_CHANGES_TEXT);
    }

    @Test
    void publishedTextIsFinal() {
        StatementStage published = done(approved().publish(PRESS));
        assertThat(rule(published.edit("a correction", GOLD))).isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        assertThat(rule(published.approve(Office.COMMAND, SILVER))).isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        assertThat(rule(published.publish(GOLD))).isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        Verdict<StatementStage> withdrawal = published.withdraw(GOLD, "regret");
        assertThat(rule(withdrawal)).isEqualTo(StatementStage.PUBLISHED_IS_FINAL);
        assertThat(((Verdict.Refused<StatementStage>) withdrawal).reason()).contains("a correction is a new statement");
    }

    @Test
    void anUnpublishedStatementCanBeWithdrawnAndThenNothingMore() {
        StatementStage withdrawn = done(DRAFT.withdraw(PRESS, "overtaken by events"));
        assertThat(withdrawn).isEqualTo(new Withdrawn("ARCS's words", PRESS, "overtaken by events"));
        assertThat(done(approved().withdraw(GOLD, "not needed"))).isInstanceOf(Withdrawn.class);
        assertThat(rule(withdrawn.edit("again", PRESS))).isEqualTo(StatementStage.WITHDRAWN_IS_FINAL);
        assertThat(rule(withdrawn.approve(Office.PRESS_OFFICE, PRESS))).isEqualTo(StatementStage.WITHDRAWN_IS_FINAL);
        assertThat(rule(withdrawn.publish(PRESS))).isEqualTo(StatementStage.WITHDRAWN_IS_FINAL);
        assertThat(rule(withdrawn.withdraw(PRESS, "twice"))).isEqualTo(StatementStage.WITHDRAWN_IS_FINAL);
    }
}
