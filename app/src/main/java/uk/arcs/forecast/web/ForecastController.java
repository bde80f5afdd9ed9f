package uk.arcs.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.forecast.Forecast;
import uk.arcs.forecast.ForecastSettings;
import uk.arcs.forecast.Forecaster;
import uk.arcs.forecast.Requalification;
import uk.arcs.forecast.RequalificationForecaster;
import uk.arcs.forecast.SavedScenario;
import uk.arcs.forecast.ScenarioBook;
import uk.arcs.forecast.WhatIfChange;
import uk.arcs.forecast.WhatIfChangeRow;
import uk.arcs.forecast.WhatIfEngine;
import uk.arcs.forecast.WhatIfResult;
import uk.arcs.security.ArcsUser;

@RestController
@RequestMapping("/api/v1/forces/{force}")
class ForecastController {

    private final Forecaster forecaster;
    private final RequalificationForecaster requalification;
    private final WhatIfEngine whatIf;
    private final ScenarioBook book;
    private final ForceDirectory forces;
    private final Clock clock;
    private final int placesPerInstructor;

    ForecastController(Forecaster forecaster, RequalificationForecaster requalification, WhatIfEngine whatIf,
                       ScenarioBook book, ForceDirectory forces, Clock clock,
                       @Value("${arcs.forecast.places-per-instructor-per-week:6}") int placesPerInstructor) {
        this.forecaster = forecaster;
        this.requalification = requalification;
        this.whatIf = whatIf;
        this.book = book;
        this.forces = forces;
        this.clock = clock;
        this.placesPerInstructor = placesPerInstructor;
    }

    record ForecastRequest(String at, String knownAt, Integer windowHours, Integer horizonHours, Integer samples,
                           Integer placesPerInstructorPerWeek) {
    }

    record ForecastView(Forecast forecast, Requalification requalification) {
    }

    @Operation(summary = "Projected step-backs and returns, when each requirement is projected to break, and "
            + "requalification lapses over the next 12 weeks")
    @GetMapping("/forecast")
    ForecastView forecast(@PathVariable String force, @RequestParam(required = false) String at,
                          @RequestParam(required = false) String knownAt,
                          @RequestParam(required = false) Integer windowHours,
                          @RequestParam(required = false) Integer horizonHours,
                          @RequestParam(required = false) Integer samples,
                          @RequestParam(required = false) Integer placesPerInstructorPerWeek) {
        return forecast(force, new ForecastRequest(at, knownAt, windowHours, horizonHours, samples,
                placesPerInstructorPerWeek));
    }

    @Operation(summary = "The same forecast, with its settings in the body")
    @PostMapping("/forecast")
    ForecastView forecast(@PathVariable String force, @RequestBody ForecastRequest request) {
        Force known = forces.require(ForceCode.of(force));
        Instant knownAt = request.knownAt() == null ? clock.instant() : Instants.parse(request.knownAt(), known.zone());
        Instant at = request.at() == null ? knownAt : Instants.parse(request.at(), known.zone());
        ForecastSettings settings = ForecastSettings.DEFAULTS.with(request.windowHours(), request.horizonHours(),
                request.samples());
        int places = request.placesPerInstructorPerWeek() == null ? placesPerInstructor : request.placesPerInstructorPerWeek();
        return new ForecastView(forecaster.forecast(known.code(), at, knownAt, settings),
                requalification.project(known.code(), at, knownAt, places, Map.of()));
    }

    record WhatIfRequest(String name, String at, List<WhatIfChangeRow> changes, Boolean save) {
    }

    @Operation(summary = "Run a what-if scenario on top of the recorded picture (nothing is recorded); "
            + "with save=true and a name, keep it to run and compare again")
    @PostMapping("/what-if")
    ResponseEntity<WhatIfResult> whatIf(@PathVariable String force, @RequestBody WhatIfRequest request,
                                       @AuthenticationPrincipal ArcsUser user) {
        Force known = forces.require(ForceCode.of(force));
        if (request == null || request.changes() == null || request.changes().isEmpty()) {
            throw new IllegalArgumentException("changes: a scenario makes at least one change");
        }
        List<WhatIfChange> changes = new ArrayList<>();
        for (int i = 0; i < request.changes().size(); i++) {
            try {
                changes.add(request.changes().get(i).change());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("changes[" + i + "]." + e.getMessage());
            }
        }
        Instant at = request.at() == null ? clock.instant() : Instants.parse(request.at(), known.zone());
        boolean save = Boolean.TRUE.equals(request.save());
        if (save && (request.name() == null || request.name().isBlank())) {
            throw new IllegalArgumentException("name: a saved scenario needs a name");
        }
        WhatIfResult result = whatIf.run(known.code(), request.name(), at, changes);
        if (save) {
            book.save(new SavedScenario(0, known.code().value(), request.name(), at, changes, user.username(),
                    clock.instant()));
        }
        return ResponseEntity.status(save ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    record SavedView(String name, Instant at, List<WhatIfChangeRow> changes, String createdBy, Instant createdAt) {
    }

    @Operation(summary = "The force's saved what-if scenarios")
    @GetMapping("/what-if")
    List<SavedView> saved(@PathVariable String force) {
        Force known = forces.require(ForceCode.of(force));
        return book.list(known.code().value()).stream().map(s -> new SavedView(s.name(), s.at(),
                s.changes().stream().map(WhatIfChangeRow::of).toList(), s.createdBy(), s.createdAt())).toList();
    }

    @Operation(summary = "Run a saved scenario again, from the logs as they are now")
    @GetMapping("/what-if/{name}")
    WhatIfResult rerun(@PathVariable String force, @PathVariable String name) {
        Force known = forces.require(ForceCode.of(force));
        SavedScenario saved = book.find(known.code().value(), name)
                .orElseThrow(() -> new NotFoundException("no saved scenario '" + name + "' for " + known.code()));
        return whatIf.run(known.code(), saved.name(), saved.at(), saved.changes());
    }

    record Comparison(String name, Instant at, List<String> changes, WhatIfResult.Summary recorded,
                      WhatIfResult.Summary changed, Map<String, Integer> mutualAidNeeded) {
    }

    @Operation(summary = "Saved scenarios side by side: the figures of the shift each describes")
    @GetMapping("/what-if/compare")
    List<Comparison> compare(@PathVariable String force, @RequestParam List<String> names) {
        return names.stream().map(name -> {
            WhatIfResult result = rerun(force, name);
            WhatIfResult.Shift first = result.shifts().getFirst();
            return new Comparison(name, result.at(), result.changes(), first.recorded(), first.changed(),
                    result.mutualAidNeeded());
        }).toList();
    }
}
