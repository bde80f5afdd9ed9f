package uk.arcs.mutualaid.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.function.Supplier;
import uk.arcs.common.ExpectedVersion;
import uk.arcs.common.Instants;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.mutualaid.Offer;
import uk.arcs.mutualaid.OfferStage;
import uk.arcs.officer.Cipher;
import uk.arcs.security.ArcsUser;

@RestController
@RequestMapping("/api/v1")
class MutualAidController {

    private final MutualAidService service;
    private final ForceDirectory forces;
    private final Clock clock;
    private final BigDecimal hourlyRate;

    MutualAidController(MutualAidService service, ForceDirectory forces, Clock clock,
                        @Value("${arcs.mutual-aid.hourly-rate:65.00}") BigDecimal hourlyRate) {
        this.service = service;
        this.forces = forces;
        this.clock = clock;
        this.hourlyRate = hourlyRate;
    }

    record NewRequest(String accreditation, Integer officers, String from, String until, Boolean counterTerrorism,
                        String reason, String occurredAt) {
    }

    record OfferView(long id, String donor, int officers, boolean releasedForCounterTerrorism, Instant offeredAt,
                     String stage, List<String> officersNamed, int officersNamedCount, String postureOverride,
                     Instant deployedFrom, Instant deployedUntil, Instant stoodDownAt, String refusal) {
    }

    record RequestView(long id, String requester, Accreditation accreditation, int officers, Instant from, Instant until,
                       boolean counterTerrorism, String reason, int shortfallAtRequest, Instant requestedAt,
                       String requestedBy, boolean open, Instant closedAt, List<String> asked,
                       List<MutualAidRequest.Decline> declines, List<OfferView> offers) {
    }

    @Operation(summary = "Request officers from other forces for a period; records the shortfall it answers")
    @PostMapping("/forces/{force}/mutual-aid/requests")
    ResponseEntity<RequestView> request(@PathVariable String force, @RequestBody NewRequest body,
                                        @AuthenticationPrincipal ArcsUser user) {
        Force requester = forces.require(ForceCode.of(force));
        if (body == null) {
            throw new IllegalArgumentException("a request body is required");
        }
        MutualAidService.Terms terms = new MutualAidService.Terms(
                body.accreditation() == null ? null : Accreditation.parse(body.accreditation()),
                body.officers() == null ? 0 : body.officers(), instant(body.from(), requester, "from"),
                instant(body.until(), requester, "until"), Boolean.TRUE.equals(body.counterTerrorism()), body.reason());
        MutualAidRequest made = service.request(user.acting(optional(body.occurredAt(), requester)), requester.code(),
                terms).orThrow();
        return versioned(HttpStatus.CREATED, made, user);
    }

    @Operation(summary = "Mutual aid requests the caller may see, as they stood at an instant")
    @GetMapping("/mutual-aid/requests")
    List<RequestView> requests(@RequestParam(required = false) String at, @RequestParam(required = false) String knownAt,
                               @AuthenticationPrincipal ArcsUser user) {
        Instant known = knownAt == null ? clock.instant() : Instants.parse(knownAt, java.time.ZoneOffset.UTC);
        Instant when = at == null ? known : Instants.parse(at, java.time.ZoneOffset.UTC);
        return service.requests(viewer(user), when, known).stream().map(r -> view(r, user)).toList();
    }

    @Operation(summary = "One request as it stands; the ETag is its version, for If-Match on the next step")
    @GetMapping("/mutual-aid/requests/{id}")
    ResponseEntity<RequestView> request(@PathVariable long id, @AuthenticationPrincipal ArcsUser user) {
        return versioned(HttpStatus.OK, service.request(viewer(user), id), user);
    }

    record Ask(List<String> donors, String rationale) {
    }

    @Operation(summary = "National coordinator: ask donor forces to help with a request")
    @PostMapping("/mutual-aid/requests/{id}/asks")
    ResponseEntity<RequestView> ask(@PathVariable long id, @RequestBody Ask body, @AuthenticationPrincipal ArcsUser user,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        List<ForceCode> donors = body.donors() == null ? List.of() : body.donors().stream().map(ForceCode::of).toList();
        return step(id, ifMatch, HttpStatus.OK, user,
                () -> service.ask(user.acting(null), id, donors, rationale(body.rationale())));
    }

    record OfferBody(Integer officers, Boolean releasedForCounterTerrorism, String rationale) {
    }

    @Operation(summary = "Donor force: offer a number of officers")
    @PostMapping("/mutual-aid/requests/{id}/offers")
    ResponseEntity<RequestView> offer(@PathVariable long id, @RequestBody OfferBody body,
                                      @AuthenticationPrincipal ArcsUser user,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.CREATED, user, () -> service.offer(user.acting(null), id,
                body.officers() == null ? 0 : body.officers(), Boolean.TRUE.equals(body.releasedForCounterTerrorism()),
                rationale(body.rationale())));
    }

    record Reason(String reason, String rationale) {
        String text() {
            return reason != null ? reason : rationale;
        }
    }

    @Operation(summary = "Donor force: decline a request, with the reason")
    @PostMapping("/mutual-aid/requests/{id}/declines")
    ResponseEntity<RequestView> decline(@PathVariable long id, @RequestBody Reason body,
                                        @AuthenticationPrincipal ArcsUser user,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.OK, user, () -> service.decline(user.acting(null), id, rationale(body.text())));
    }

    record Naming(List<String> ciphers, String postureOverride, String rationale) {
    }

    @Operation(summary = "Donor force: name the officers it sends (a posture override needs a reason)")
    @PostMapping("/mutual-aid/requests/{id}/offers/{offerId}/officers")
    ResponseEntity<RequestView> name(@PathVariable long id, @PathVariable long offerId, @RequestBody Naming body,
                                     @AuthenticationPrincipal ArcsUser user,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        List<Cipher> ciphers = body.ciphers() == null ? List.of() : body.ciphers().stream().map(Cipher::of).toList();
        return step(id, ifMatch, HttpStatus.OK, user, () -> service.nameOfficers(user.acting(null), id, offerId, ciphers,
                body.postureOverride(), rationale(body.rationale())));
    }

    @Operation(summary = "Requesting force: accept an offer")
    @PostMapping("/mutual-aid/requests/{id}/offers/{offerId}/accept")
    ResponseEntity<RequestView> accept(@PathVariable long id, @PathVariable long offerId, @RequestBody Reason body,
                                       @AuthenticationPrincipal ArcsUser user,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.OK, user,
                () -> service.accept(user.acting(null), id, offerId, rationale(body.text())));
    }

    @Operation(summary = "Requesting force: refuse an offer")
    @PostMapping("/mutual-aid/requests/{id}/offers/{offerId}/refuse")
    ResponseEntity<RequestView> refuse(@PathVariable long id, @PathVariable long offerId, @RequestBody Reason body,
                                       @AuthenticationPrincipal ArcsUser user,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.OK, user,
                () -> service.refuse(user.acting(null), id, offerId, rationale(body.text())));
    }

    record Deployment(String from, String until, String rationale) {
    }

    @Operation(summary = "Requesting force: deploy the named officers of an accepted offer for a period")
    @PostMapping("/mutual-aid/requests/{id}/offers/{offerId}/deploy")
    ResponseEntity<RequestView> deploy(@PathVariable long id, @PathVariable long offerId, @RequestBody Deployment body,
                                       @AuthenticationPrincipal ArcsUser user,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Force requester = forces.require(service.request(viewer(user), id).requester());
        Instant from = instant(body.from(), requester, "from");
        Instant until = instant(body.until(), requester, "until");
        return step(id, ifMatch, HttpStatus.OK, user,
                () -> service.deploy(user.acting(null), id, offerId, from, until, rationale(body.rationale())));
    }

    @Operation(summary = "Requesting force: stand deployed officers down")
    @PostMapping("/mutual-aid/requests/{id}/offers/{offerId}/stand-down")
    ResponseEntity<RequestView> standDown(@PathVariable long id, @PathVariable long offerId, @RequestBody Reason body,
                                          @AuthenticationPrincipal ArcsUser user,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.OK, user,
                () -> service.standDown(user.acting(null), id, offerId, rationale(body.text())));
    }

    @Operation(summary = "Requesting force: close a request once no officer is deployed on it")
    @PostMapping("/mutual-aid/requests/{id}/close")
    ResponseEntity<RequestView> close(@PathVariable long id, @RequestBody Reason body, @AuthenticationPrincipal ArcsUser user,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(id, ifMatch, HttpStatus.OK, user, () -> service.close(user.acting(null), id, rationale(body.text())));
    }

    /**
     * Takes a step on a request, only at the version in If-Match when one is given (412 otherwise), and answers
     * with the request as it now stands and its new version as the ETag.
     */
    private ResponseEntity<RequestView> step(long id, String ifMatch, HttpStatus status, ArcsUser user,
                                             Supplier<Verdict<MutualAidRequest>> step) {
        ExpectedVersion expected = ExpectedVersion.fromIfMatch(ifMatch);
        return versioned(status, service.atVersion(id, expected, step).orThrow(), user);
    }

    private ResponseEntity<RequestView> versioned(HttpStatus status, MutualAidRequest request, ArcsUser user) {
        return ResponseEntity.status(status).eTag(ExpectedVersion.etag(service.version(request.id())))
                .body(view(request, user));
    }

    @Operation(summary = "The force's own officers on loan to other forces at an instant")
    @GetMapping("/forces/{force}/mutual-aid/loans")
    List<MutualAidService.Loan> loans(@PathVariable String force, @RequestParam(required = false) String at) {
        Force donor = forces.require(ForceCode.of(force));
        Instant now = clock.instant();
        return service.loansAt(donor.code(), at == null ? now : Instants.parse(at, donor.zone()), now);
    }

    @Operation(summary = "Cost recovery: officer-hours per request and donor in a period, as CSV")
    @GetMapping(path = "/mutual-aid/cost-recovery", produces = "text/csv")
    ResponseEntity<String> costs(@RequestParam String from, @RequestParam String to,
                                 @AuthenticationPrincipal ArcsUser user) {
        Instant start = Instants.parse(from, java.time.ZoneOffset.UTC);
        Instant end = Instants.parse(to, java.time.ZoneOffset.UTC);
        return costRecoveryCsv(service.costRecovery(start, end, hourlyRate, viewer(user)));
    }

    /** The cost recovery lines as a CSV download; the page offers the same file. */
    static ResponseEntity<String> costRecoveryCsv(List<MutualAidService.CostLine> lines) {
        StringBuilder csv = new StringBuilder("request,requester,donor,accreditation,officers,officerHours,ratePerHour,amount\n");
        for (MutualAidService.CostLine line : lines) {
            csv.append(line.request()).append(',').append(line.requester()).append(',').append(line.donor()).append(',')
                    .append(line.accreditation()).append(',').append(line.officers()).append(',')
                    .append(line.officerHours()).append(',').append(line.ratePerHour()).append(',')
                    .append(line.amount()).append('\n');
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cost-recovery.csv\"")
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    static MutualAidService.Viewer viewer(ArcsUser user) {
        return new MutualAidService.Viewer(user.role().name(), user.force() == null ? null : ForceCode.of(user.force()));
    }

    static String rationale(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("rationale: every decision is recorded with its rationale");
        }
        if (text.length() > 500) {
            throw new IllegalArgumentException("rationale: at most 500 characters");
        }
        return text;
    }

    static Instant instant(String text, Force force, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": an instant is required");
        }
        try {
            return Instants.parse(text, force.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    private static Instant optional(String text, Force force) {
        return text == null || text.isBlank() ? null : instant(text, force, "occurredAt");
    }

    /** A donor sees its own offers in full and only the number of officers others send. */
    static RequestView view(MutualAidRequest r, ArcsUser user) {
        boolean full = MutualAidService.COORDINATOR.equals(user.role().name())
                || r.requester().value().equals(user.force());
        List<OfferView> offers = r.offers().stream().map(o -> offer(o, full || o.donor().value().equals(user.force())))
                .toList();
        return new RequestView(r.id(), r.requester().value(), r.accreditation(), r.officers(), r.from(), r.until(),
                r.counterTerrorism(), r.reason(), r.shortfallAtRequest(), r.requestedAt(), r.requestedBy(), r.open(),
                r.closedAt(), r.asked().stream().map(ForceCode::value).toList(), r.declines(), offers);
    }

    private static OfferView offer(Offer o, boolean showOfficers) {
        Instant from = null;
        Instant until = null;
        Instant stoodDown = null;
        String refusal = null;
        switch (o.stage()) {
            case OfferStage.Deployed d -> {
                from = d.from();
                until = d.until();
            }
            case OfferStage.StoodDown s -> {
                from = s.from();
                until = s.until();
                stoodDown = s.at();
            }
            case OfferStage.Refused r -> refusal = r.reason();
            default -> {
            }
        }
        return new OfferView(o.id(), o.donor().value(), o.officers(), o.releasedForCounterTerrorism(), o.offeredAt(),
                o.stage().name(), showOfficers ? o.named().stream().map(Cipher::value).toList() : List.of(),
                o.named().size(), o.postureOverride(), from, until, stoodDown, refusal);
    }
}
