package uk.arcs.reporting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.ui.Model;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.security.ArcsUser;

/** What the reports pages read from their forms: the force a user works on, and instants typed in its local time. */
final class ReportInputs {

    private ReportInputs() {
    }

    /**
     * A force role's own force (naming another is forbidden, as in the API); for a national role, the force it named,
     * or the MET, the force of the reference scenario, when it named none.
     */
    static Force force(ArcsUser user, String requested, ForceDirectory forces) {
        return forces.namedOr(user.pageForce(requested), ForceDirectory::referenceOrFirst);
    }

    /** What the force chooser of a page shows: the force worked on, and every force when the role may choose one. */
    static void forceChoice(Model model, ArcsUser user, Force force, ForceDirectory forces) {
        model.addAttribute("force", force);
        model.addAttribute("chooseForce", !user.role().forceBound());
        model.addAttribute("forces", user.role().forceBound() ? List.of(force) : forces.all());
    }

    /** An instant typed in the force's local time (or with an offset), or null when the field was left empty. */
    static Instant optionalInstant(String text, ZoneId zone, String field) {
        return text == null || text.isBlank() ? null : instant(text, zone, field);
    }

    static Instant instant(String text, ZoneId zone, String field) {
        try {
            return Instants.parse(text, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }
}
