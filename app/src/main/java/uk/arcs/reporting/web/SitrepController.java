package uk.arcs.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.Sitrep;
import uk.arcs.reporting.SitrepService;
import uk.arcs.reporting.SitrepStore;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

@RestController
@RequestMapping("/api/v1/forces/{force}")
class SitrepController {

    private final SitrepService sitreps;
    private final ForceDirectory forces;
    private final ReportDocuments documents;

    SitrepController(SitrepService sitreps, ForceDirectory forces, ReportDocuments documents) {
        this.sitreps = sitreps;
        this.forces = forces;
        this.documents = documents;
    }

    @Operation(summary = "The situation report at an instant, as known at another: JSON, or an HTML or PDF document "
            + "(Accept: text/html or application/pdf, or format=html|pdf). Nothing is recorded")
    @GetMapping("/sitrep")
    ResponseEntity<?> sitrep(@PathVariable String force,
                             @Parameter(description = "instant described (ISO-8601; local times are the force's); default now")
                             @RequestParam(required = false) String at,
                             @Parameter(description = "only what was recorded by this instant counts; default now")
                             @RequestParam(required = false) String knownAt,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        Force known = forces.require(ForceCode.of(force));
        ReportDocuments.Format wanted = ReportDocuments.format(format, accept);
        return answer(wanted, sitreps.sitrep(known.code(), instant(at, known), instant(knownAt, known)));
    }

    record IssueRequest(String at) {
    }

    @Operation(summary = "Issue the situation report at an instant (default now) as recorded now: numbered, kept "
            + "exactly as issued; refused by SitrepsInOrder unless it describes a later instant than the last one")
    @PostMapping("/sitreps")
    ResponseEntity<Sitrep> issue(@PathVariable String force, @RequestBody(required = false) IssueRequest request,
                                 @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        Sitrep issued = sitreps.issue(user.acting(null), known.code(),
                request == null ? null : instant(request.at(), known)).orThrow();
        return ResponseEntity.created(URI.create("/api/v1/forces/" + known.code().value() + "/sitreps/"
                + issued.issue().number())).body(issued);
    }

    @Operation(summary = "The force's issued situation reports: number, instant, as known when, who issued them when")
    @GetMapping("/sitreps")
    List<SitrepStore.Entry> issued(@PathVariable String force) {
        return sitreps.issued(forces.require(ForceCode.of(force)).code());
    }

    @Operation(summary = "An issued situation report exactly as issued, as JSON, HTML or PDF; the press office sees it "
            + "without the decision log")
    @GetMapping("/sitreps/{number}")
    ResponseEntity<?> issued(@PathVariable String force, @PathVariable int number,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                             @AuthenticationPrincipal ArcsUser user) throws HttpMediaTypeNotAcceptableException {
        Force known = forces.require(ForceCode.of(force));
        ReportDocuments.Format wanted = ReportDocuments.format(format, accept);
        Sitrep sitrep = sitreps.issued(known.code(), number);
        return answer(wanted, asSeenBy(user, sitrep));
    }

    /** An issued report as the user may read it: the press office reads it without the decision log. */
    static Sitrep asSeenBy(ArcsUser user, Sitrep sitrep) {
        return user.role() == Role.PRESS_OFFICE ? sitrep.withoutDecisions() : sitrep;
    }

    private ResponseEntity<?> answer(ReportDocuments.Format format, Sitrep sitrep) {
        return documents.answer(format, sitrep, ReportDocuments.sitrep(sitrep));
    }

    private static Instant instant(String text, Force force) {
        return text == null || text.isBlank() ? null : Instants.parse(text, force.zone());
    }
}
