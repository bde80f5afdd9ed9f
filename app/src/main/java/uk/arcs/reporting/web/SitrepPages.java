package uk.arcs.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Instants;
import uk.arcs.common.RowFields;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.Sitrep;
import uk.arcs.reporting.SitrepService;
import uk.arcs.reporting.SitrepStore;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * Situation reports on the reports screen: the report of a force at a chosen instant (as known at another), shown as
 * the printable document is and downloadable as its PDF; issuing it; and the force's issued reports. As in the API,
 * commanders and planners of the force and the national coordinator read a report at any instant; the force's
 * commanders and planners issue; the press office reads the issued ones only, without the decision log.
 */
@Controller
@RequestMapping("/reports")
class SitrepPages {

    /** Who may read a report computed at any instant: the force's commanders and planners, the coordinator. */
    static final Set<Role> READERS = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.NATIONAL_COORDINATOR);
    /** Who issues a force's reports (the service checks it again, with the force). */
    static final Set<Role> ISSUERS = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER);

    private final SitrepService sitreps;
    private final ForceDirectory forces;
    private final ReportDocuments documents;
    private final Clock clock;

    SitrepPages(SitrepService sitreps, ForceDirectory forces, ReportDocuments documents, Clock clock) {
        this.sitreps = sitreps;
        this.forces = forces;
        this.documents = documents;
        this.clock = clock;
    }

    /** An issued report in the list, with the addresses of its document and PDF. */
    record Issued(int number, String at, String knownAt, String issuedAt, String issuedBy, String role, String page,
                  String pdf) {
    }

    @GetMapping("/sitrep")
    String sitrep(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                  @RequestParam(required = false) String knownAt, @AuthenticationPrincipal ArcsUser user, Model model,
                  HttpServletResponse response) {
        Force chosen = ReportInputs.force(user, force, forces);
        describe(chosen, user, at, knownAt, model, response);
        return "reports-sitrep";
    }

    /** The report on the page as a PDF file: the link pins both instants, so the file is the report that was shown. */
    @GetMapping("/sitrep/pdf")
    ResponseEntity<byte[]> sitrepPdf(@RequestParam(required = false) String force,
                                     @RequestParam(required = false) String at,
                                     @RequestParam(required = false) String knownAt,
                                     @AuthenticationPrincipal ArcsUser user) {
        Force chosen = ReportInputs.force(user, force, forces);
        if (!READERS.contains(user.role())) {
            throw new ForbiddenException(user.role() + " reads issued situation reports only");
        }
        Sitrep sitrep = sitreps.sitrep(chosen.code(), ReportInputs.optionalInstant(at, chosen.zone(), "at"),
                ReportInputs.optionalInstant(knownAt, chosen.zone(), "knownAt"));
        return documents.download(ReportDocuments.sitrep(sitrep));
    }

    @PostMapping("/sitreps")
    String issue(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                 @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        Force chosen = ReportInputs.force(user, force, forces);
        ReportStep<Sitrep> step = ReportStep.take("Not issued; nothing was recorded", () -> {
            // The form always names the instant it showed: a post without one is not the page's.
            RowFields.required(at, "at (the instant the report describes)");
            return sitreps.issue(user.acting(null), chosen.code(), ReportInputs.instant(at, chosen.zone(), "at"));
        });
        if (step.done() != null) {
            Sitrep issued = step.done();
            redirect.addFlashAttribute("recorded", "Issued situation report no. " + issued.issue().number()
                    + ": the situation at " + Instants.readable(issued.at(), chosen.zone()) + ".");
            return "redirect:" + UriComponentsBuilder.fromPath("/reports/sitrep")
                    .queryParam("force", chosen.code().value()).queryParam("at", issued.at().toString())
                    .encode().build().toUriString();
        }
        step.showOn(model, response);
        describe(chosen, user, at, null, model, response);
        return "reports-sitrep";
    }

    /** An issued report exactly as issued, as its own printable page. */
    @GetMapping("/sitreps/{number}")
    ResponseEntity<String> issuedPage(@PathVariable int number, @RequestParam(required = false) String force,
                                      @AuthenticationPrincipal ArcsUser user) {
        return documents.page(issuedDocument(user, force, number));
    }

    @GetMapping("/sitreps/{number}/pdf")
    ResponseEntity<byte[]> issuedPdf(@PathVariable int number, @RequestParam(required = false) String force,
                                     @AuthenticationPrincipal ArcsUser user) {
        return documents.download(issuedDocument(user, force, number));
    }

    private ReportDocuments.Document issuedDocument(ArcsUser user, String force, int number) {
        Force chosen = ReportInputs.force(user, force, forces);
        return ReportDocuments.sitrep(SitrepController.asSeenBy(user, sitreps.issued(chosen.code(), number)));
    }

    /**
     * The page: the chooser, the report at the instants asked for (for its readers), the issue form (for its issuers)
     * and the issued reports. Instants that cannot be read are said at the top, with status 400, and no report.
     */
    private void describe(Force force, ArcsUser user, String at, String knownAt, Model model,
                          HttpServletResponse response) {
        ZoneId zone = force.zone();
        Instant now = clock.instant();
        ReportSection.SITREPS.frame(model, user.role());
        ReportInputs.forceChoice(model, user, force, forces);
        boolean reader = READERS.contains(user.role());
        model.addAttribute("reader", reader);
        model.addAttribute("issuer", ISSUERS.contains(user.role()));
        model.addAttribute("atInput", Instants.localInput(now, zone));
        model.addAttribute("knownAtInput", "");
        if (reader) {
            try {
                Instant when = ReportInputs.optionalInstant(at, zone, "at");
                Instant known = ReportInputs.optionalInstant(knownAt, zone, "as known at");
                Sitrep sitrep = sitreps.sitrep(force.code(), when, known);
                model.addAllAttributes(ReportDocuments.sitrep(sitrep).model());
                model.addAttribute("atInput", Instants.localInput(sitrep.at(), zone));
                model.addAttribute("knownAtInput", known == null ? "" : Instants.localInput(known, zone));
                model.addAttribute("pdf", UriComponentsBuilder.fromPath("/reports/sitrep/pdf")
                        .queryParam("force", force.code().value()).queryParam("at", sitrep.at().toString())
                        .queryParam("knownAt", sitrep.knownAt().toString()).encode().build().toUriString());
            } catch (IllegalArgumentException e) {
                if (model.getAttribute("problem") == null) {
                    model.addAttribute("problem", ReportProblem.unreadable("Cannot show the report", e.getMessage()));
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                }
            }
        }
        model.addAttribute("issued", issued(force));
    }

    private List<Issued> issued(Force force) {
        ZoneId zone = force.zone();
        String code = force.code().value();
        return sitreps.issued(force.code()).reversed().stream()
                .map(e -> new Issued(e.number(), Instants.readable(e.at(), zone), Instants.readable(e.knownAt(), zone),
                        Instants.readable(e.issuedAt(), zone), e.issuedBy(), e.role(), issuedUrl(code, e, ""),
                        issuedUrl(code, e, "/pdf")))
                .toList();
    }

    private static String issuedUrl(String force, SitrepStore.Entry entry, String suffix) {
        return UriComponentsBuilder.fromPath("/reports/sitreps/{number}" + suffix).queryParam("force", force)
                .buildAndExpand(entry.number()).encode().toUriString();
    }
}
