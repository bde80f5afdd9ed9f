package uk.arcs.reporting;

import java.time.Instant;
import uk.arcs.common.Verdict;

/**
 * Where a public statement stands: DRAFT (perhaps with one approval), APPROVED (by the press office and by a
 * commander, two different people), PUBLISHED (final) or WITHDRAWN (final, never published). Each stage says which
 * steps it allows; a refusal names the rule. Any edit clears the approvals, since they were given to other words.
 */
public sealed interface StatementStage {

    String PUBLISHED_IS_FINAL = "PublishedIsFinal";
    String WITHDRAWN_IS_FINAL = "WithdrawnIsFinal";
    String TWO_PERSON_APPROVAL = "TwoPersonApproval";
    String ONE_APPROVAL_PER_OFFICE = "OneApprovalPerOffice";
    String APPROVED_BEFORE_PUBLISHING = "ApprovedBeforePublishing";
    String EDIT_CHANGES_TEXT = "EditChangesText";

    String name();

    String text();

    /** Who gave an approval (or took a step), in what role, when. */
    record Signature(String by, String role, Instant at) {
    }

    /** The office whose approval a role gives. */
    enum Office {
        PRESS_OFFICE, COMMAND;

        public static Office of(String role) {
            return switch (role) {
                case "PRESS_OFFICE" -> PRESS_OFFICE;
                case "STRATEGIC_COMMANDER", "COMMANDER" -> COMMAND;
                default -> null;
            };
        }
    }

    default Verdict<StatementStage> edit(String newText, Signature by) {
        return Verdict.refused(finalRule(), "the text of a " + name() + " statement is final" + correction());
    }

    default Verdict<StatementStage> approve(Office office, Signature by) {
        return Verdict.refused(finalRule(), "a " + name() + " statement can no longer be approved" + correction());
    }

    default Verdict<StatementStage> publish(Signature by) {
        return Verdict.refused(finalRule(), "a " + name() + " statement cannot be published" + correction());
    }

    default Verdict<StatementStage> withdraw(Signature by, String reason) {
        return Verdict.refused(finalRule(), "a " + name() + " statement cannot be withdrawn" + correction());
    }

    /** The rule that refuses every step on a final stage. */
    private String finalRule() {
        return this instanceof Published ? PUBLISHED_IS_FINAL : WITHDRAWN_IS_FINAL;
    }

    private String correction() {
        return this instanceof Published ? "; a correction is a new statement that names this one" : "";
    }

    /**
     * Not yet published: the text can be edited (which clears the approvals, given to other words), approved, or
     * withdrawn. {@code pressOffice} and {@code command} are the approvals given so far, null until given.
     */
    sealed interface Unpublished extends StatementStage {

        Signature pressOffice();

        Signature command();

        @Override
        default Verdict<StatementStage> edit(String newText, Signature by) {
            if (newText.equals(text())) {
                return Verdict.refused(EDIT_CHANGES_TEXT, "the edit leaves the text as it is; nothing to record");
            }
            return Verdict.done(new Draft(newText, null, null));
        }

        @Override
        default Verdict<StatementStage> approve(Office office, Signature by) {
            Signature given = office == Office.PRESS_OFFICE ? pressOffice() : command();
            Signature other = office == Office.PRESS_OFFICE ? command() : pressOffice();
            if ((given != null && given.by().equals(by.by())) || (other != null && other.by().equals(by.by()))) {
                return Verdict.refused(TWO_PERSON_APPROVAL, by.by() + " has already approved this text; the press "
                        + "office and a commander approve it as two different people");
            }
            if (given != null) {
                return Verdict.refused(ONE_APPROVAL_PER_OFFICE, "the " + (office == Office.PRESS_OFFICE
                        ? "press office" : "commander's") + " approval was given by " + given.by() + " already");
            }
            Signature press = office == Office.PRESS_OFFICE ? by : pressOffice();
            Signature commander = office == Office.COMMAND ? by : command();
            return Verdict.done(press != null && commander != null ? new Approved(text(), press, commander)
                    : new Draft(text(), press, commander));
        }

        @Override
        default Verdict<StatementStage> withdraw(Signature by, String reason) {
            return Verdict.done(new Withdrawn(text(), by, reason));
        }
    }

    /** Not yet approved by both offices. */
    record Draft(String text, Signature pressOffice, Signature command) implements Unpublished {
        @Override
        public String name() {
            return "DRAFT";
        }

        @Override
        public Verdict<StatementStage> publish(Signature by) {
            String missing = pressOffice == null && command == null ? "neither has"
                    : pressOffice == null ? "the press office has not" : "no commander has";
            return Verdict.refused(APPROVED_BEFORE_PUBLISHING, "a statement is published only once the press office "
                    + "and a commander have approved its text; " + missing + " approved it yet");
        }
    }

    /** Approved by the press office and a commander, two different people: ready to publish. */
    record Approved(String text, Signature pressOffice, Signature command) implements Unpublished {
        @Override
        public String name() {
            return "APPROVED";
        }

        @Override
        public Verdict<StatementStage> publish(Signature by) {
            return Verdict.done(new Published(text, pressOffice, command, by));
        }
    }

    /** Published: the text, its approvals and its figures are final. A correction is a new statement. */
    record Published(String text, Signature pressOffice, Signature command, Signature published)
            implements StatementStage {
        @Override
        public String name() {
            return "PUBLISHED";
        }
    }

    /** Withdrawn before publication; nothing more can happen to it. */
    record Withdrawn(String text, Signature withdrawn, String reason) implements StatementStage {
        @Override
        public String name() {
            return "WITHDRAWN";
        }
    }
}
