package uk.arcs.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import uk.arcs.common.Actor;
import uk.arcs.common.Instants;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.common.Verdict;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.Statement;
import uk.arcs.reporting.StatementService;
import uk.arcs.security.ArcsUser;

/**
 * Public statements. Each step names the version it is based on, in {@code If-Match} (the ETag of the version read)
 * or in the body's {@code version}: none answers 428, a stale one 412, a step against a rule 409 naming the rule.
 */
@RestController
@RequestMapping("/api/v1/forces/{force}/statements")
class StatementController {

    private final StatementService statements;
    private final ForceDirectory forces;
    private final ReportDocuments documents;

    StatementController(StatementService statements, ForceDirectory forces, ReportDocuments documents) {
        this.statements = statements;
        this.forces = forces;
        this.documents = documents;
    }

    record DraftRequest(String at, Integer corrects) {
    }

    /** A step's body; every field is optional, and which are needed depends on the step. */
    record StepRequest(String text, Integer version, String reason) {
    }

    @Operation(summary = "Draft a statement written by ARCS from the figures at an instant (default now) as recorded "
            + "now; 'corrects' names a published statement this one corrects. Press office only")
    @PostMapping
    ResponseEntity<?> draft(@PathVariable String force, @RequestBody(required = false) DraftRequest request,
                            @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        Instant at = request == null || request.at() == null || request.at().isBlank() ? null
                : Instants.parse(request.at(), known.zone());
        Statement drafted = statements.draft(actor(user), known.code(), at, request == null ? null : request.corrects())
                .orThrow();
        StatementView view = StatementView.of(drafted);
        return ResponseEntity.created(URI.create("/api/v1/forces/" + known.code().value() + "/statements/"
                + drafted.number())).eTag(view.etag()).body(view);
    }

    @Operation(summary = "The force's statements, newest first")
    @GetMapping
    List<StatementView> list(@PathVariable String force) {
        return statements.statements(forces.require(ForceCode.of(force)).code()).stream().map(StatementView::of).toList();
    }

    @Operation(summary = "One statement with its ETag (the version), as JSON or as an HTML document "
            + "(Accept: text/html or format=html)")
    @GetMapping("/{number}")
    ResponseEntity<?> statement(@PathVariable String force, @PathVariable int number,
                                @RequestParam(required = false) String format,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        Force known = forces.require(ForceCode.of(force));
        ReportDocuments.Format wanted = ReportDocuments.format(format, accept);
        StatementView view = StatementView.of(statements.statement(known.code(), number));
        ResponseEntity<?> answer = documents.answer(wanted, view, ReportDocuments.statement(view, known.zone()));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(view.etag())
                .body(answer.getBody());
    }

    @Operation(summary = "Replace the text ({\"text\", \"version\"}); clears any approval. Press office and commanders")
    @PostMapping("/{number}/edit")
    ResponseEntity<?> edit(@PathVariable String force, @PathVariable int number,
                           @RequestBody(required = false) StepRequest request,
                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                           @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        return step(ifMatch, request, version -> statements.edit(actor(user), known.code(), number, version,
                request == null ? null : request.text()));
    }

    @Operation(summary = "Approve the current text: the press office's approval, or a commander's; the same person "
            + "cannot give both")
    @PostMapping("/{number}/approve")
    ResponseEntity<?> approve(@PathVariable String force, @PathVariable int number,
                              @RequestBody(required = false) StepRequest request,
                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        return step(ifMatch, request, version -> statements.approve(actor(user), known.code(), number, version));
    }

    @Operation(summary = "Publish an approved statement; it is final from then on")
    @PostMapping("/{number}/publish")
    ResponseEntity<?> publish(@PathVariable String force, @PathVariable int number,
                              @RequestBody(required = false) StepRequest request,
                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        return step(ifMatch, request, version -> statements.publish(actor(user), known.code(), number, version));
    }

    @Operation(summary = "Withdraw a statement that was never published ({\"reason\", \"version\"})")
    @PostMapping("/{number}/withdraw")
    ResponseEntity<?> withdraw(@PathVariable String force, @PathVariable int number,
                               @RequestBody(required = false) StepRequest request,
                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                               @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        return step(ifMatch, request, version -> statements.withdraw(actor(user), known.code(), number, version,
                request == null ? null : request.reason()));
    }

    private ResponseEntity<?> step(String ifMatch, StepRequest request,
                                   java.util.function.IntFunction<Verdict<Statement>> step) {
        Integer version = expectedVersion(ifMatch, request == null ? null : request.version());
        if (version == null) {
            return problem(HttpStatus.PRECONDITION_REQUIRED, "Version required", "a step names the version it is "
                    + "based on: send the ETag you read in If-Match, or 'version' in the body", null, null);
        }
        return switch (step.apply(version)) {
            case Verdict.Done<Statement> done -> {
                StatementView view = StatementView.of(done.value());
                yield ResponseEntity.ok().eTag(view.etag()).body(view);
            }
            case Verdict.Refused<Statement> stale when stale.rule().equals(StatementService.CURRENT_VERSION) ->
                    problem(HttpStatus.PRECONDITION_FAILED, "Refused by rule " + stale.rule(), stale.reason(),
                            stale.rule(), version);
            case Verdict.Refused<Statement> refused -> throw new RuleRefusedException(refused.rule(), refused.reason());
        };
    }

    /** From If-Match ("3", W/"3" or 3) or the body; both must agree when both are given. */
    static Integer expectedVersion(String ifMatch, Integer bodyVersion) {
        Integer fromHeader = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
                    : tag;
            try {
                fromHeader = Integer.valueOf(tag);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("If-Match: the ETag of a statement version, such as \"3\", not "
                        + ifMatch);
            }
        }
        if (fromHeader != null && bodyVersion != null && !fromHeader.equals(bodyVersion)) {
            throw new IllegalArgumentException("If-Match names version " + fromHeader + " but the body says "
                    + bodyVersion);
        }
        return fromHeader != null ? fromHeader : bodyVersion;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String rule,
                                                         Integer version) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (rule != null) {
            problem.setType(URI.create("urn:arcs:problem:rule-refused"));
            problem.setProperty("rule", rule);
            problem.setProperty("expectedVersion", version);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Actor actor(ArcsUser user) {
        return user.acting(null);
    }
}
