package uk.arcs.officer.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventRow;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

@RestController
@RequestMapping("/api/v1/forces/{force}")
class OfficerController {

    static final int MAX_BATCH = 10_000;

    private final OfficerRegistry registry;
    private final ForceDirectory forces;

    OfficerController(OfficerRegistry registry, ForceDirectory forces) {
        this.registry = registry;
        this.forces = forces;
    }

    record EventsRequest(List<OfficerEventRow> events) {
    }

    record EventView(long id, String cipher, String type, Instant occurredAt, Instant recordedAt, String recordedBy,
                     String reason, Accreditation accreditation, java.time.LocalDate validUntil, Instant until,
                     Long corrects) {
        static EventView of(OfficerEvent event) {
            return new EventView(event.id(), event.cipher().value(), event.type().name(), event.occurredAt(),
                    event.recordedAt(), event.recordedBy(), event.reason(), event.details().accreditation(),
                    event.details().validUntil(), event.details().until(), event.details().corrects());
        }
    }

    record Recorded(int recorded, List<EventView> events) {
    }

    @Operation(summary = "Record authorisation, accreditation and availability events, all or nothing")
    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@PathVariable String force, @RequestBody EventsRequest request, Principal principal) {
        Force known = forces.require(ForceCode.of(force));
        if (request == null || request.events() == null || request.events().isEmpty()) {
            throw new IllegalArgumentException("the request needs a non-empty 'events' array");
        }
        if (request.events().size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " events in one request");
        }
        List<OfficerEvent> recorded = registry.recordRows(known.code(), "events", request.events(), principal.getName())
                .orThrow("events refused");
        return new Recorded(recorded.size(), recorded.stream().map(EventView::of).toList());
    }

    record OfficerView(String cipher, String unit, Integer team, AuthorisationStatus status,
                       Set<Accreditation> accreditations, Set<Accreditation> lapsedAccreditations, Absence absence,
                       boolean onDuty) {
    }

    record OfficerList(String force, Instant at, Instant knownAt, int count, List<OfficerView> officers) {
    }

    @Operation(summary = "The force's officers as recorded at an instant, filtered by status and accreditation")
    @GetMapping("/officers")
    OfficerList officers(@PathVariable String force, @RequestParam(required = false) String status,
                         @RequestParam(required = false) String accreditation,
                         @RequestParam(required = false) String at, @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        AuthorisationStatus wantedStatus = status == null || status.isBlank() ? null : AuthorisationStatus.parse(status);
        Accreditation wantedAccreditation = accreditation == null || accreditation.isBlank() ? null
                : Accreditation.parse(accreditation);
        Instant knownInstant = knownAt == null || knownAt.isBlank() ? registry.now() : Instants.parse(knownAt, known.zone());
        Instant when = at == null || at.isBlank() ? knownInstant : Instants.parse(at, known.zone());
        Optional<ShiftInstance> shift = known.shiftPattern().shiftAt(when, known.zone());
        List<OfficerView> views = registry.statusesAt(known.code(), when, knownInstant).stream()
                .filter(s -> s.status() != AuthorisationStatus.NOT_AUTHORISED)
                .filter(s -> wantedStatus == null || s.status() == wantedStatus)
                .filter(s -> wantedAccreditation == null || s.validAccreditations().contains(wantedAccreditation)
                        || s.lapsedAccreditations().contains(wantedAccreditation))
                .map(s -> view(known, shift, s))
                .toList();
        return new OfficerList(known.code().value(), when, knownInstant, views.size(), views);
    }

    record OfficerDetail(OfficerView officer, List<EventView> history) {
    }

    @Operation(summary = "One officer's status now and full event history")
    @GetMapping("/officers/{cipher}")
    OfficerDetail officer(@PathVariable String force, @PathVariable String cipher) {
        Force known = forces.require(ForceCode.of(force));
        Cipher parsed = Cipher.of(cipher);
        Instant now = registry.now();
        OfficerStatus status = registry.statusAt(known.code(), parsed, now, now)
                .orElseThrow(() -> new NotFoundException("no officer " + parsed + " in " + known.code()));
        return new OfficerDetail(view(known, known.shiftPattern().shiftAt(now, known.zone()), status),
                registry.history(known.code(), parsed).stream().map(EventView::of).toList());
    }

    private static OfficerView view(Force force, Optional<ShiftInstance> shift, OfficerStatus status) {
        return new OfficerView(status.officer().cipher().value(), status.officer().unit(), status.officer().team(),
                status.status(), status.validAccreditations(), status.lapsedAccreditations(), status.absence(),
                onDuty(force, shift, status));
    }

    /** On a team working the shift and not on leave or sick (restricted officers are at work). */
    static boolean onDuty(Force force, Optional<ShiftInstance> shift, OfficerStatus status) {
        Integer team = status.officer().team();
        return shift.isPresent() && team != null && force.shiftPattern().works(team, shift.get())
                && !status.absence().keepsOffDuty();
    }
}
