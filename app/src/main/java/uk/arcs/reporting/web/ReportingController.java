package uk.arcs.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.ClaimCheck;
import uk.arcs.reporting.ClaimChecker;
import uk.arcs.reporting.FirearmsOperation;
import uk.arcs.reporting.FirearmsStatistics;
import uk.arcs.reporting.StatisticsService;
import uk.arcs.security.ArcsUser;

@RestController
class ReportingController {

    private final ClaimChecker claims;
    private final StatisticsService statistics;
    private final ForceDirectory forces;
    private final Clock clock;

    ReportingController(ClaimChecker claims, StatisticsService statistics, ForceDirectory forces, Clock clock) {
        this.claims = claims;
        this.statistics = statistics;
        this.forces = forces;
        this.clock = clock;
    }

    record ClaimRequest(String text, String at, String knownAt) {
    }

    @Operation(summary = "Check a circulating claim against the recorded figures at an instant: TRUE, FALSE or "
            + "UNSUPPORTED (never guessed)")
    @PostMapping("/api/v1/forces/{force}/claims:check")
    ClaimCheck check(@PathVariable String force, @RequestBody ClaimRequest request) {
        Force known = forces.require(ForceCode.of(force));
        if (request == null) {
            throw new IllegalArgumentException("text: a claim is required");
        }
        Instant knownAt = request.knownAt() == null ? clock.instant() : Instants.parse(request.knownAt(), known.zone());
        Instant at = request.at() == null ? knownAt : Instants.parse(request.at(), known.zone());
        return claims.check(known.code(), request.text(), at, knownAt);
    }

    record OperationRequest(String reference, String authorisedAt, Boolean arvAttended, Boolean discharged) {
    }

    @Operation(summary = "Record a firearms operation: an incident where firearms deployment was authorised")
    @PostMapping("/api/v1/forces/{force}/firearms-operations")
    @ResponseStatus(HttpStatus.CREATED)
    FirearmsOperation record(@PathVariable String force, @RequestBody OperationRequest request,
                             @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        if (request == null || request.authorisedAt() == null || request.arvAttended() == null
                || request.discharged() == null) {
            throw new IllegalArgumentException("reference, authorisedAt, arvAttended and discharged are required");
        }
        return statistics.record(known.code(), request.reference(), Instants.parse(request.authorisedAt(), known.zone()),
                request.arvAttended(), request.discharged(), user.username());
    }

    @Operation(summary = "Home Office style annual figures, April to March, for the year starting in 'year'")
    @GetMapping("/api/v1/statistics/firearms-operations")
    FirearmsStatistics statistics(@RequestParam int year) {
        return statistics.year(year);
    }
}
