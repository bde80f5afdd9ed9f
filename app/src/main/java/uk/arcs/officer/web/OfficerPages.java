package uk.arcs.officer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.force.Unit;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AccreditationExpiry;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventRow;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.security.ArcsUser;

/**
 * The officers screen, for a force role's own force: the officers at a chosen instant (filters, a cipher search
 * as you type, paging), one officer's status and whole history with a form for a single change, and a bulk
 * change with a confirmation step. Changes go through {@link OfficerRegistry#recordRows}, the path the API's
 * events take, so they are checked by the same rules, recorded all or nothing, and announced to open
 * dashboards once committed.
 */
@Controller
@RequestMapping("/officers")
class OfficerPages {

    static final int PAGE_SIZE = 50;
    /** How the rows of a change made on this screen are named in refusals. */
    static final String SINGLE = "change";
    static final String BULK = "bulk";
    /** A bulk change may change every officer of a force, as one API request may. */
    static final int MAX_BULK = OfficerController.MAX_BATCH;
    private static final List<OfficerEventType> BULK_TYPES = Arrays.stream(OfficerEventType.values())
            .filter(type -> type != OfficerEventType.RECORDED_IN_ERROR).toList();

    /** Ciphers in the order people count them: AP101 before AP1000. */
    static final Comparator<String> AS_PEOPLE_COUNT = Comparator.comparing(OfficerPages::letters)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final OfficerRegistry registry;
    private final ForceDirectory forces;

    OfficerPages(OfficerRegistry registry, ForceDirectory forces) {
        this.registry = registry;
        this.forces = forces;
    }

    // ---------------------------------------------------------------- the list

    /** The list's filters as typed; every one is optional. */
    record Filter(String at, String status, String accreditation, String unit, String absence, String q, String page) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }

        /** The address of the list with these filters, at page {@code page} (0 for the first). */
        String url(int pageNumber) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/officers");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("at", at);
            values.put("status", status);
            values.put("accreditation", accreditation);
            values.put("unit", unit);
            values.put("absence", absence);
            values.put("q", q);
            values.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    uri.queryParam(name, value.trim());
                }
            });
            if (pageNumber > 0) {
                uri.queryParam("page", pageNumber);
            }
            return uri.encode().build().toUriString();
        }

        int pageNumber() {
            try {
                return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.trim()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    record Row(String cipher, String unit, Integer team, AuthorisationStatus status, String accreditations,
               String lapsed, Absence absence, boolean onDuty) {
    }

    /** One page of the officers matching a filter, or the reasons the filter cannot be read. */
    record Listing(Force force, Filter filter, String atLocal, String atInput, boolean atNow, List<Row> rows,
                   int total, int page, int pages, List<String> problems) {

        public int from() {
            return total == 0 ? 0 : page * PAGE_SIZE + 1;
        }

        public int to() {
            return Math.min(total, (page + 1) * PAGE_SIZE);
        }

        public String pageUrl(int number) {
            return filter.url(number);
        }

        /** The officer's page, at the instant of the list unless that is now. */
        public String officerUrl(String cipher) {
            return UriComponentsBuilder.fromPath("/officers/{cipher}")
                    .queryParamIfPresent("at", atNow ? Optional.empty() : Optional.of(atInput))
                    .encode().buildAndExpand(cipher).toUriString();
        }
    }

    /** The officers matching a filter at its instant, or the reasons it cannot be read. */
    private record Matching(Instant at, boolean atNow, List<OfficerStatus> statuses, List<String> problems) {
    }

    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, @RequestParam(required = false) String force,
                @AuthenticationPrincipal ArcsUser user, Model model) {
        Force known = ownForce(user, force);
        model.addAttribute("listing", listing(known, filter));
        model.addAttribute("change", ChangeForm.now(known.zone(), registry.now()));
        options(known, model, BULK_TYPES);
        return "officers";
    }

    /** The list alone, for the cipher search as you type; the address bar follows the search. */
    @GetMapping("/list")
    String listFragment(@ModelAttribute("filter") Filter filter, @RequestParam(required = false) String force,
                        @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response) {
        Force known = ownForce(user, force);
        model.addAttribute("listing", listing(known, filter));
        response.setHeader("HX-Push-Url", filter.url(filter.pageNumber()));
        return "officers :: list";
    }

    private Listing listing(Force force, Filter filter) {
        Matching matching = matching(force, filter);
        String atLocal = Instants.readable(matching.at(), force.zone());
        String atInput = Instants.localInput(matching.at(), force.zone());
        if (!matching.problems().isEmpty()) {
            return new Listing(force, filter, atLocal, atInput, matching.atNow(), List.of(), 0, 0, 1,
                    matching.problems());
        }
        List<OfficerStatus> all = matching.statuses();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.pageNumber(), pages - 1);
        Optional<ShiftInstance> shift = force.shiftPattern().shiftAt(matching.at(), force.zone());
        List<Row> rows = all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE)).stream()
                .map(s -> new Row(s.officer().cipher().value(), s.officer().unit(), s.officer().team(), s.status(),
                        names(s.validAccreditations()), names(s.lapsedAccreditations()), s.absence(),
                        OfficerController.onDuty(force, shift, s)))
                .toList();
        return new Listing(force, filter, atLocal, atInput, matching.atNow(), rows, all.size(), page, pages, List.of());
    }

    private Matching matching(Force force, Filter filter) {
        List<String> problems = new ArrayList<>();
        Instant now = registry.now();
        Instant at = now;
        boolean atNow = filter.at() == null || filter.at().isBlank();
        if (!atNow) {
            try {
                at = Instants.parse(filter.at(), force.zone());
            } catch (IllegalArgumentException e) {
                problems.add("Instant: " + e.getMessage());
            }
        }
        AuthorisationStatus status = choice(AuthorisationStatus.class, filter.status(), "Status", problems);
        Accreditation accreditation = choice(Accreditation.class, filter.accreditation(), "Accreditation", problems);
        Absence absence = choice(Absence.class, filter.absence(), "Absence", problems);
        String unit = filter.unit() == null || filter.unit().isBlank() ? null : filter.unit().trim();
        if (unit != null && forces.units(force.code()).stream().noneMatch(u -> u.code().equals(unit))) {
            problems.add("Unit: " + force.code() + " has no unit " + unit);
        }
        if (!problems.isEmpty()) {
            return new Matching(at, atNow, List.of(), problems);
        }
        String search = filter.q() == null ? "" : filter.q().trim().toUpperCase(Locale.ROOT);
        Predicate<OfficerStatus> wanted = s -> (status == null || s.status() == status)
                && (accreditation == null || s.validAccreditations().contains(accreditation)
                        || s.lapsedAccreditations().contains(accreditation))
                && (absence == null || s.absence() == absence)
                && (unit == null || s.officer().unit().equals(unit))
                && s.officer().cipher().value().contains(search);
        return new Matching(at, atNow, registry.statusesAt(force.code(), at, now).stream().filter(wanted)
                .sorted(Comparator.comparing((OfficerStatus s) -> s.officer().cipher().value(), AS_PEOPLE_COUNT))
                .toList(), List.of());
    }

    /** The letters a cipher starts with (its series). */
    private static String letters(String cipher) {
        int end = 0;
        while (end < cipher.length() && !Character.isDigit(cipher.charAt(end))) {
            end++;
        }
        return cipher.substring(0, end);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String label, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(label + ": '" + text.trim() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String names(Set<Accreditation> accreditations) {
        return accreditations.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private void options(Force force, Model model, List<OfficerEventType> types) {
        model.addAttribute("force", force);
        model.addAttribute("units", forces.units(force.code()).stream().map(Unit::code).toList());
        model.addAttribute("statuses", AuthorisationStatus.values());
        model.addAttribute("accreditations", Accreditation.values());
        model.addAttribute("absences", Absence.values());
        model.addAttribute("types", types);
    }

    // ---------------------------------------------------------------- one officer

    /** A change as typed in the form: the fields of an event row (docs/import-format.md), as text. */
    record ChangeForm(String type, String occurredAt, String reason, String accreditation, String validUntil,
                      String until, String corrects) {

        static ChangeForm now(ZoneId zone, Instant now) {
            return new ChangeForm(null, Instants.localInput(now, zone), null, null, null, null, null);
        }

        OfficerEventRow row(String cipher) {
            return new OfficerEventRow(cipher, type, occurredAt, reason, accreditation, validUntil, until, corrects);
        }
    }

    record StatusView(String when, AuthorisationStatus status, Absence absence) {
    }

    record HeldView(Accreditation accreditation, LocalDate validUntil, boolean lapsed) {
    }

    record HistoryRow(long id, String occurred, String recorded, String recordedBy, OfficerEventType type,
                      String details, String reason, Long corrects, String voidedBy, boolean correctable,
                      boolean afterChosen) {
    }

    record Detail(Officer officer, StatusView now, StatusView chosen, String heldWhen, List<HeldView> accreditations,
                  List<HistoryRow> history, String atParam, String atInput) {
    }

    @GetMapping("/{cipher}")
    String officer(@PathVariable String cipher, @RequestParam(required = false) String at,
                   @RequestParam(required = false) Long correct, @RequestParam(required = false) String force,
                   @AuthenticationPrincipal ArcsUser user, Model model) {
        Force known = ownForce(user, force);
        Cipher parsed = Cipher.of(cipher);
        Instant now = registry.now();
        ChangeForm change = ChangeForm.now(known.zone(), now);
        if (correct != null) {
            change = new ChangeForm(OfficerEventType.RECORDED_IN_ERROR.name(), change.occurredAt(), null, null, null,
                    null, String.valueOf(correct));
        }
        return officerPage(known, parsed, at, change, List.of(), model);
    }

    @PostMapping("/{cipher}/events")
    String change(@PathVariable String cipher, @ModelAttribute ChangeForm change,
                  @RequestParam(required = false) String at, @RequestParam(required = false) String force,
                  @AuthenticationPrincipal ArcsUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Force known = ownForce(user, force);
        Cipher parsed = Cipher.of(cipher);
        requireOfficer(known, parsed);
        Outcome<List<OfficerEvent>> outcome = registry.recordRows(known.code(), SINGLE,
                List.of(change.row(parsed.value())), user.username());
        if (outcome instanceof Outcome.Rejected<List<OfficerEvent>> rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return officerPage(known, parsed, at, change, rejected.errors(), model);
        }
        OfficerEvent event = ((Outcome.Recorded<List<OfficerEvent>>) outcome).value().getFirst();
        redirect.addFlashAttribute("recorded", "Recorded " + event.type() + " (event " + event.id() + "), occurred "
                + Instants.readable(event.occurredAt(), known.zone()) + ".");
        return "redirect:" + UriComponentsBuilder.fromPath("/officers/{cipher}")
                .queryParamIfPresent("at", Optional.ofNullable(at).filter(a -> !a.isBlank()))
                .encode().buildAndExpand(parsed.value()).toUriString();
    }

    private String officerPage(Force force, Cipher cipher, String at, ChangeForm change, List<RowError> errors,
                               Model model) {
        OfficerStatus current = requireOfficer(force, cipher);
        Instant now = registry.now();
        ZoneId zone = force.zone();
        Instant chosenAt = null;
        List<String> problems = new ArrayList<>();
        if (at != null && !at.isBlank()) {
            try {
                chosenAt = Instants.parse(at, zone);
            } catch (IllegalArgumentException e) {
                problems.add("Instant: " + e.getMessage());
            }
        }
        StatusView nowView = new StatusView("now (" + Instants.readable(now, zone) + ")", current.status(),
                current.absence());
        StatusView chosen = null;
        if (chosenAt != null) {
            OfficerStatus then = registry.statusAt(force.code(), cipher, chosenAt, now).orElseThrow();
            chosen = new StatusView(Instants.readable(chosenAt, zone), then.status(), then.absence());
        }
        Instant heldAt = chosenAt == null ? now : chosenAt;
        LocalDate day = heldAt.atZone(zone).toLocalDate();
        List<HeldView> held = registry.accreditationsAt(force.code(), cipher, heldAt, now).stream()
                .map((AccreditationExpiry a) -> new HeldView(a.accreditation(), a.validUntil(),
                        a.validUntil().isBefore(day)))
                .toList();
        model.addAttribute("detail", new Detail(current.officer(), nowView, chosen,
                chosen == null ? nowView.when() : chosen.when(), held,
                history(registry.history(force.code(), cipher), zone, chosenAt),
                at == null || at.isBlank() ? null : at.trim(), Instants.localInput(heldAt, zone)));
        model.addAttribute("change", change);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        options(force, model, List.of(OfficerEventType.values()));
        return "officer";
    }

    private static List<HistoryRow> history(List<OfficerEvent> events, ZoneId zone, Instant chosenAt) {
        Map<Long, OfficerEvent> corrections = new LinkedHashMap<>();
        for (OfficerEvent event : events) {
            if (event.type() == OfficerEventType.RECORDED_IN_ERROR) {
                corrections.put(event.details().corrects(), event);
            }
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (OfficerEvent event : events) {
            OfficerEvent voiding = corrections.get(event.id());
            boolean correction = event.type() == OfficerEventType.RECORDED_IN_ERROR;
            rows.add(new HistoryRow(event.id(), Instants.readable(event.occurredAt(), zone),
                    Instants.readable(event.recordedAt(), zone), event.recordedBy(), event.type(),
                    details(event, zone), event.reason(), event.details().corrects(),
                    voiding == null ? null : "voided by event " + voiding.id() + ", recorded "
                            + Instants.readable(voiding.recordedAt(), zone) + " by " + voiding.recordedBy(),
                    voiding == null && !correction, chosenAt != null && event.occurredAt().isAfter(chosenAt)));
        }
        return rows;
    }

    private static String details(OfficerEvent event, ZoneId zone) {
        var details = event.details();
        return switch (event.type()) {
            case ACCREDITED -> details.accreditation() + ", valid until " + details.validUntil();
            case ACCREDITATION_REMOVED -> String.valueOf(details.accreditation());
            case ANNUAL_LEAVE, SICK, RESTRICTED -> details.until() == null ? "until further notice"
                    : "until " + Instants.readable(details.until(), zone);
            case RECORDED_IN_ERROR -> "corrects event " + details.corrects();
            default -> "";
        };
    }

    private OfficerStatus requireOfficer(Force force, Cipher cipher) {
        Instant now = registry.now();
        return registry.statusAt(force.code(), cipher, now, now)
                .orElseThrow(() -> new NotFoundException("no officer " + cipher + " in " + force.code()));
    }

    // ---------------------------------------------------------------- bulk change

    /**
     * A bulk change: the officers ticked in the list ({@code cipher}), or listed by a confirmation page
     * ({@code ciphers}, separated by spaces), or all officers matching the list's filter ({@code allMatching}),
     * and the one change to record for each.
     */
    record BulkForm(List<String> cipher, String ciphers, String allMatching, String filterAt, String filterStatus,
                    String filterAccreditation, String filterUnit, String filterAbsence, String filterQ, String type,
                    String occurredAt, String reason, String accreditation, String validUntil, String until) {

        Filter filter() {
            return new Filter(filterAt, filterStatus, filterAccreditation, filterUnit, filterAbsence, filterQ, null);
        }

        ChangeForm change() {
            return new ChangeForm(type, occurredAt, reason, accreditation, validUntil, until, null);
        }
    }

    record Refusal(String cipher, String field, String message) {
    }

    /**
     * A bulk change shown for confirmation, or refused: the officers it names, what it records, and every reason
     * it cannot be recorded ({@code general} for reasons that hold for every officer).
     */
    record Bulk(ChangeForm change, String summary, List<String> ciphers, List<String> general,
                List<Refusal> refusals, boolean attempted, String backUrl, Filter filter) {

        public boolean recordable() {
            return !ciphers.isEmpty() && general.isEmpty() && refusals.isEmpty();
        }

        public String cipherList() {
            return String.join(" ", ciphers);
        }
    }

    @PostMapping("/bulk/confirm")
    String confirmBulk(@ModelAttribute BulkForm form, @RequestParam(required = false) String force,
                       @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response) {
        Force known = ownForce(user, force);
        return bulkPage(known, bulk(known, form, user, false), model, response);
    }

    /** The confirmation page, or the refusals (answered 422) of a change that cannot be recorded. */
    private static String bulkPage(Force force, Bulk bulk, Model model, HttpServletResponse response) {
        if (!bulk.recordable()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("bulk", bulk);
        model.addAttribute("force", force);
        return "officers-bulk";
    }

    @PostMapping("/bulk")
    String recordBulk(@ModelAttribute BulkForm form, @RequestParam(required = false) String force,
                      @AuthenticationPrincipal ArcsUser user, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        Force known = ownForce(user, force);
        Bulk bulk = bulk(known, form, user, true);
        if (!bulk.recordable()) {
            return bulkPage(known, bulk, model, response);
        }
        List<String> ciphers = bulk.ciphers();
        redirect.addFlashAttribute("recorded", "Recorded " + form.type().trim().toUpperCase(Locale.ROOT) + " for "
                + ciphers.size() + (ciphers.size() == 1 ? " officer: " : " officers: ")
                + String.join(", ", ciphers.subList(0, Math.min(20, ciphers.size())))
                + (ciphers.size() > 20 ? " and " + (ciphers.size() - 20) + " more." : "."));
        return "redirect:" + bulk.backUrl();
    }

    /** Checks the bulk change, and when {@code record} is set and nothing is refused, records it. */
    private Bulk bulk(Force force, BulkForm form, ArcsUser user, boolean record) {
        Filter filter = form.filter();
        List<String> general = new ArrayList<>();
        List<String> ciphers = new ArrayList<>();
        if ("true".equals(form.allMatching())) {
            Matching matching = matching(force, filter);
            general.addAll(matching.problems());
            matching.statuses().forEach(s -> ciphers.add(s.officer().cipher().value()));
        } else {
            Set<String> chosen = new LinkedHashSet<>();
            if (form.cipher() != null) {
                form.cipher().forEach(c -> chosen.add(c.trim().toUpperCase(Locale.ROOT)));
            }
            if (form.ciphers() != null) {
                Arrays.stream(form.ciphers().split("[\\s,]+")).filter(c -> !c.isBlank())
                        .forEach(c -> chosen.add(c.trim().toUpperCase(Locale.ROOT)));
            }
            ciphers.addAll(chosen);
        }
        if (ciphers.isEmpty() && general.isEmpty()) {
            general.add("No officer is selected: tick officers in the list, or choose all officers matching the filter.");
        }
        if (ciphers.size() > MAX_BULK) {
            general.add("At most " + MAX_BULK + " officers can be changed at once; narrow the filter.");
        }
        if (form.type() != null && OfficerEventType.RECORDED_IN_ERROR.name().equalsIgnoreCase(form.type().trim())) {
            general.add("A correction names one event: mark it as recorded in error on the officer's page.");
        }
        ChangeForm change = form.change();
        List<Refusal> refusals = new ArrayList<>();
        boolean attempted = false;
        if (general.isEmpty()) {
            List<OfficerEventRow> rows = ciphers.stream().map(change::row).toList();
            List<RowError> errors;
            if (record) {
                attempted = true;
                errors = switch (registry.recordRows(force.code(), BULK, rows, user.username())) {
                    case Outcome.Rejected<List<OfficerEvent>> rejected -> rejected.errors();
                    case Outcome.Recorded<List<OfficerEvent>> recorded -> List.of();
                };
            } else {
                errors = registry.checkRows(force.code(), BULK, rows, user.username());
            }
            sortOut(errors, ciphers, general, refusals);
        }
        return new Bulk(change, summary(change, force.zone()), List.copyOf(ciphers), general, refusals,
                attempted, filter.url(0), filter);
    }

    /** A reason that holds for every officer (a missing reason, an unreadable time) is said once. */
    private static void sortOut(List<RowError> errors, List<String> ciphers, List<String> general,
                                List<Refusal> refusals) {
        Map<String, List<RowError>> byReason = errors.stream().collect(Collectors.groupingBy(
                e -> e.field() + "\u0000" + e.message(), LinkedHashMap::new, Collectors.toList()));
        for (List<RowError> same : byReason.values()) {
            RowError first = same.getFirst();
            if (ciphers.size() > 1 && same.size() == ciphers.size()) {
                general.add((first.field() == null ? "" : first.field() + ": ") + first.message());
                continue;
            }
            for (RowError error : same) {
                String cipher = error.row() >= 1 && error.row() <= ciphers.size() ? ciphers.get(error.row() - 1) : "?";
                String message = error.message().startsWith(cipher + ": ")
                        ? error.message().substring(cipher.length() + 2) : error.message();
                refusals.add(new Refusal(cipher, error.field(), message));
            }
        }
    }

    private static String summary(ChangeForm change, ZoneId zone) {
        String type = change.type() == null || change.type().isBlank() ? "(no type)" : change.type().trim();
        String when;
        try {
            when = Instants.readable(Instants.parse(change.occurredAt(), zone), zone);
        } catch (IllegalArgumentException e) {
            when = change.occurredAt() == null ? "(no time)" : change.occurredAt();
        }
        StringBuilder text = new StringBuilder(type.toUpperCase(Locale.ROOT)).append(", occurred ").append(when);
        if (change.accreditation() != null && !change.accreditation().isBlank()) {
            text.append(", ").append(change.accreditation().trim());
        }
        if (change.validUntil() != null && !change.validUntil().isBlank()) {
            text.append(", valid until ").append(change.validUntil().trim());
        }
        if (change.until() != null && !change.until().isBlank()) {
            text.append(", until ").append(change.until().trim());
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- access

    /** The user's own force: the officers screen is for force roles, on their force only, as the API is. */
    private Force ownForce(ArcsUser user, String requested) {
        return forces.require(ForceCode.of(user.ownForce(requested)));
    }
}
