package uk.arcs.reporting.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.ui.Model;
import uk.arcs.security.Role;
import uk.arcs.security.Screen;

/**
 * The parts of the reports screen and who may open each. The tab bar shows a user only their parts; the page filter
 * chain and the services refuse the rest, whatever is typed into the address bar.
 */
enum ReportSection {
    SITREPS("/reports/sitrep", "Situation reports", Screen.REPORTS::openTo),
    STATEMENTS("/reports/statements", "Public statements", StatementPages.STAFF::contains),
    CLAIMS("/reports/claims", "Claim check", Screen.REPORTS::openTo),
    STATISTICS("/reports/statistics", "Statistics", Screen.REPORTS::openTo);

    private final String path;
    private final String title;
    private final Predicate<Role> openTo;

    ReportSection(String path, String title, Predicate<Role> openTo) {
        this.path = path;
        this.title = title;
        this.openTo = openTo;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    /** The tab bar of a page of this part, as the role sees it. */
    void frame(Model model, Role role) {
        model.addAttribute("sections", openTo(role));
        model.addAttribute("section", this);
    }

    static List<ReportSection> openTo(Role role) {
        return Arrays.stream(values()).filter(section -> section.openTo.test(role)).toList();
    }
}
