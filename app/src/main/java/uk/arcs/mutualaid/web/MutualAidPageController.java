package uk.arcs.mutualaid.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RowFields;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.mutualaid.Offer;
import uk.arcs.mutualaid.OfferStage;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.security.ArcsUser;

/**
 * The mutual aid screen. One page that adapts to who is looking: a force's commanders and planners see their own
 * requests (as the requester) and the asks addressed to their force (as a donor), with the steps each may take; the
 * national coordinator sees every request, asks donors and downloads cost recovery. Every step goes through
 * {@link MutualAidService}, the same rules as the API: a refusal by rule is shown with the rule's name, and a step by
 * the wrong force or role (which the page does not offer) is refused if forged.
 */
@Controller
@RequestMapping("/mutual-aid")
class MutualAidPageController {

    private static final Duration DEFAULT_REQUEST_LENGTH = Duration.ofDays(7);

    private final MutualAidService service;
    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final Clock clock;
    private final BigDecimal hourlyRate;

    MutualAidPageController(MutualAidService service, ForceDirectory forces, OfficerRegistry officers, Clock clock,
                            @Value("${arcs.mutual-aid.hourly-rate:65.00}") BigDecimal hourlyRate) {
        this.service = service;
        this.forces = forces;
        this.clock = clock;
        this.officers = officers;
        this.hourlyRate = hourlyRate;
    }

    /** What went wrong with the last step, shown at the top of the page and beside the request it concerns. */
    record Problem(String title, String rule, String detail, Long request, Long offer) {
    }

    /** A naming the donor may retry with a posture override, keeping the officers it chose. */
    record Retry(long request, long offer, Set<String> ciphers, String rationale) {
    }

    /** A force asked to help, and what it has answered so far. */
    record AskedForce(String code, String name, String answer) {
    }

    /** An officer the donor may name: authorised and accredited for the request when the deployment starts. */
    record Candidate(String cipher, String unit, Integer team, String absence, boolean named) {
    }

    /** The offer as the viewer may see it, and the steps the viewer may take on it. */
    record OfferCard(MutualAidController.OfferView offer, String donorName, boolean mine, boolean requesterSteps,
                     List<Candidate> candidates) {
    }

    /** A request as the viewer may see it, and the steps the viewer may take on it. */
    record RequestCard(MutualAidController.RequestView request, String requesterName, String requestedOn,
                       boolean requester, boolean donor, boolean coordinator, List<AskedForce> asked,
                       List<OfferCard> offers, List<String> donors, int offered, List<Force> askable,
                       Instant deploymentStart) {
    }

    record Loan(long request, String requester, Accreditation accreditation, List<String> officers, String stage) {
    }

    /** The requesting force's requests at a glance: how many, who answered and how. */
    record Summary(int requests, int open, List<String> donors, int officersOffered, List<String> declinedBy) {
        static Summary of(List<MutualAidRequest> requests) {
            return new Summary(requests.size(), (int) requests.stream().filter(MutualAidRequest::open).count(),
                    requests.stream().flatMap(r -> r.offers().stream())
                            .filter(o -> !(o.stage() instanceof OfferStage.Refused)).map(o -> o.donor().value())
                            .distinct().sorted().toList(),
                    requests.stream().mapToInt(MutualAidRequest::officersOffered).sum(),
                    requests.stream().flatMap(r -> r.declines().stream()).map(d -> d.donor().value()).distinct()
                            .sorted().toList());
        }
    }

    // ---------------------------------------------------------------- the page

    @GetMapping
    String page(@RequestParam(required = false) String loansAt, @AuthenticationPrincipal ArcsUser user, Model model,
                HttpServletResponse response) {
        try {
            describe(user, loansAt, model);
        } catch (IllegalArgumentException e) {
            return problemPage(user, model, response, HttpStatus.BAD_REQUEST,
                    new Problem("Cannot show loans", null, e.getMessage(), null, null));
        }
        return "mutual-aid";
    }

    private void describe(ArcsUser user, String loansAt, Model model) {
        Instant now = clock.instant();
        ZoneId zone = zoneOf(user);
        boolean coordinator = isCoordinator(user);
        Force own = user.force() == null ? null : forces.find(ForceCode.of(user.force())).orElse(null);
        List<MutualAidRequest> visible = service.requests(MutualAidController.viewer(user), now, now).stream()
                .sorted(Comparator.comparing(MutualAidRequest::requestedAt).reversed()).toList();
        List<RequestCard> cards = visible.stream().map(r -> card(r, user, now, zone)).toList();
        model.addAttribute("zone", zone);
        model.addAttribute("now", now);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("ownForce", own);
        model.addAttribute("allRequests", coordinator ? cards : List.of());
        model.addAttribute("ownRequests", cards.stream().filter(RequestCard::requester).toList());
        model.addAttribute("asks", cards.stream().filter(c -> !c.requester() && !coordinator).toList());
        model.addAttribute("accreditations", Accreditation.values());
        LocalDateTime start = now.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("defaultFrom", start.toString());
        model.addAttribute("defaultUntil", start.plus(DEFAULT_REQUEST_LENGTH).toString());
        costPeriod(visible, zone, now, model);
        if (own != null) {
            model.addAttribute("ownSummary", Summary.of(visible.stream()
                    .filter(r -> r.requester().equals(own.code())).toList()));
            loans(own, loansAt, now, visible, model);
        }
    }

    private RequestCard card(MutualAidRequest request, ArcsUser user, Instant now, ZoneId zone) {
        MutualAidController.RequestView view = MutualAidController.view(request, user);
        boolean requester = user.force() != null && request.requester().value().equals(user.force());
        boolean coordinator = isCoordinator(user);
        boolean donor = !requester && user.force() != null && request.open()
                && request.asked().contains(ForceCode.of(user.force()));
        List<AskedForce> asked = request.asked().stream().map(code -> new AskedForce(code.value(), name(code),
                answer(request, code))).toList();
        Instant deploymentStart = request.from().isAfter(now) ? request.from() : now;
        List<OfferCard> offers = new ArrayList<>();
        for (MutualAidController.OfferView offer : view.offers()) {
            boolean mine = user.force() != null && offer.donor().equals(user.force());
            boolean naming = mine && request.open() && ("OFFERED".equals(offer.stage()) || "ACCEPTED".equals(offer.stage()));
            offers.add(new OfferCard(offer, name(ForceCode.of(offer.donor())), mine, requester && request.open(),
                    naming ? candidates(ForceCode.of(user.force()), request, offer, deploymentStart, now) : List.of()));
        }
        List<String> donors = Summary.of(List.of(request)).donors();
        List<Force> askable = coordinator && request.open() ? forces.all().stream()
                .filter(f -> !f.code().equals(request.requester()) && !request.asked().contains(f.code())).toList()
                : List.of();
        return new RequestCard(view, name(request.requester()), request.requestedAt().atZone(zone).toLocalDate().toString(),
                requester, donor, coordinator, asked, offers, donors, request.officersOffered(), askable, deploymentStart);
    }

    private static String answer(MutualAidRequest request, ForceCode donor) {
        List<Offer> offers = request.offers().stream().filter(o -> o.donor().equals(donor)).toList();
        if (!offers.isEmpty()) {
            return "offered " + offers.stream().mapToInt(Offer::officers).sum();
        }
        return request.declines().stream().anyMatch(d -> d.donor().equals(donor)) ? "declined" : "no answer yet";
    }

    private List<Candidate> candidates(ForceCode donor, MutualAidRequest request, MutualAidController.OfferView offer,
                                       Instant start, Instant now) {
        Set<String> named = new HashSet<>(offer.officersNamed());
        return officers.statusesAt(donor, start, now).stream()
                .filter(s -> s.status() == AuthorisationStatus.AUTHORISED
                        && s.validAccreditations().contains(request.accreditation()))
                .sorted(Comparator.comparing((OfficerStatus s) -> s.officer().unit())
                        .thenComparing(s -> s.officer().team() == null ? Integer.MAX_VALUE : s.officer().team())
                        .thenComparing(s -> s.officer().cipher().value()))
                .map(s -> new Candidate(s.officer().cipher().value(), s.officer().unit(), s.officer().team(),
                        s.absence() == uk.arcs.officer.Absence.NONE ? null : s.absence().name(),
                        named.contains(s.officer().cipher().value())))
                .toList();
    }

    /** The cost recovery period offered first: the days that cover every deployment the viewer may see. */
    private static void costPeriod(List<MutualAidRequest> requests, ZoneId zone, Instant now, Model model) {
        List<Offer.Served> served = requests.stream().flatMap(r -> r.offers().stream())
                .flatMap(o -> o.served().stream()).toList();
        Instant first = served.stream().map(Offer.Served::from).min(Comparator.naturalOrder()).orElse(null);
        Instant last = served.stream().map(Offer.Served::until).max(Comparator.naturalOrder()).orElse(null);
        LocalDate today = now.atZone(zone).toLocalDate();
        model.addAttribute("costFrom", (first == null ? today.withDayOfMonth(1) : first.atZone(zone).toLocalDate()).toString());
        model.addAttribute("costTo", (last == null ? today.plusDays(1) : last.atZone(zone).toLocalDate().plusDays(1)).toString());
    }

    private void loans(Force own, String loansAt, Instant now, List<MutualAidRequest> visible, Model model) {
        Instant at = loansAt == null || loansAt.isBlank() ? now : parse(loansAt, own.zone(), "loansAt");
        List<Loan> loans = service.loansAt(own.code(), at, now).stream()
                .map(l -> new Loan(l.request(), name(l.requester()), l.accreditation(),
                        l.officers().stream().map(Cipher::value).toList(), l.stage())).toList();
        model.addAttribute("loans", loans);
        model.addAttribute("loansAt", at);
        model.addAttribute("loansAtInput", at.atZone(own.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        model.addAttribute("loanedOfficers", loans.stream().mapToInt(l -> l.officers().size()).sum());
        // Where no officer is on loan at that instant, point to the start of the force's latest deployment.
        visible.stream().flatMap(r -> r.offers().stream()).filter(o -> o.donor().equals(own.code()))
                .flatMap(o -> o.served().stream()).map(Offer.Served::from).max(Comparator.naturalOrder())
                .ifPresent(latest -> model.addAttribute("latestLoanInput",
                        latest.atZone(own.zone()).toLocalDateTime().plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString()));
    }

    // ---------------------------------------------------------------- the requesting force

    @PostMapping("/requests")
    String request(@RequestParam(required = false) String accreditation, @RequestParam(required = false) String officers,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String until,
                   @RequestParam(defaultValue = "false") boolean counterTerrorism,
                   @RequestParam(required = false) String reason, @AuthenticationPrincipal ArcsUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(user, model, response, redirect, null, null, "Request recorded", () -> {
            if (user.force() == null) {
                throw new ForbiddenException("only a force requests mutual aid, for itself");
            }
            Force force = forces.require(ForceCode.of(user.force()));
            MutualAidService.Terms terms = new MutualAidService.Terms(
                    accreditation == null || accreditation.isBlank() ? null : Accreditation.parse(accreditation),
                    RowFields.wholeNumber(officers, "officers"), MutualAidController.instant(from, force, "from"),
                    MutualAidController.instant(until, force, "until"), counterTerrorism, reason);
            return service.request(user.acting(null), force.code(), terms);
        });
    }

    @PostMapping("/requests/{id}/offers/{offerId}/accept")
    String accept(@PathVariable long id, @PathVariable long offerId, @RequestParam(required = false) String rationale,
                  @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, offerId, "Offer accepted", () ->
                service.accept(user.acting(null), id, offerId, MutualAidController.rationale(rationale)));
    }

    @PostMapping("/requests/{id}/offers/{offerId}/refuse")
    String refuse(@PathVariable long id, @PathVariable long offerId, @RequestParam(required = false) String rationale,
                  @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, offerId, "Offer refused", () ->
                service.refuse(user.acting(null), id, offerId, MutualAidController.rationale(rationale)));
    }

    @PostMapping("/requests/{id}/offers/{offerId}/deploy")
    String deploy(@PathVariable long id, @PathVariable long offerId, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String until, @RequestParam(required = false) String rationale,
                  @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, offerId, "Officers deployed", () -> {
            Force requester = forces.require(service.request(MutualAidController.viewer(user), id).requester());
            return service.deploy(user.acting(null), id, offerId, MutualAidController.instant(from, requester, "from"),
                    MutualAidController.instant(until, requester, "until"), MutualAidController.rationale(rationale));
        });
    }

    @PostMapping("/requests/{id}/offers/{offerId}/stand-down")
    String standDown(@PathVariable long id, @PathVariable long offerId, @RequestParam(required = false) String rationale,
                     @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, offerId, "Officers stood down", () ->
                service.standDown(user.acting(null), id, offerId, MutualAidController.rationale(rationale)));
    }

    @PostMapping("/requests/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String rationale,
                 @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, null, "Request closed", () ->
                service.close(user.acting(null), id, MutualAidController.rationale(rationale)));
    }

    // ---------------------------------------------------------------- the national coordinator

    @PostMapping("/requests/{id}/asks")
    String ask(@PathVariable long id, @RequestParam(required = false) List<String> donors,
               @RequestParam(required = false) String rationale, @AuthenticationPrincipal ArcsUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, null, "Donor forces asked", () -> service.ask(user.acting(null), id,
                donors == null ? List.of() : donors.stream().map(ForceCode::of).toList(),
                MutualAidController.rationale(rationale)));
    }

    @GetMapping("/cost-recovery.csv")
    Object costRecovery(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response) {
        try {
            ZoneId zone = zoneOf(user);
            Instant start = day(from, zone, "from");
            Instant end = day(to, zone, "to");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("to: the period must end after it starts");
            }
            return MutualAidController.costRecoveryCsv(service.costRecovery(start, end, hourlyRate,
                    MutualAidController.viewer(user)));
        } catch (IllegalArgumentException e) {
            return problemPage(user, model, response, HttpStatus.BAD_REQUEST,
                    new Problem("Cost recovery not produced", null, e.getMessage(), null, null));
        }
    }

    // ---------------------------------------------------------------- donor forces

    @PostMapping("/requests/{id}/offers")
    String offer(@PathVariable long id, @RequestParam(required = false) String officers,
                 @RequestParam(defaultValue = "false") boolean releasedForCounterTerrorism,
                 @RequestParam(required = false) String rationale, @AuthenticationPrincipal ArcsUser user, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, null, "Offer recorded", () -> service.offer(user.acting(null), id,
                RowFields.wholeNumber(officers, "officers"), releasedForCounterTerrorism, MutualAidController.rationale(rationale)));
    }

    @PostMapping("/requests/{id}/declines")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return step(user, model, response, redirect, id, null, "Decline recorded", () ->
                service.decline(user.acting(null), id, MutualAidController.rationale(reason)));
    }

    @PostMapping("/requests/{id}/offers/{offerId}/officers")
    String name(@PathVariable long id, @PathVariable long offerId, @RequestParam(required = false) List<String> ciphers,
                @RequestParam(required = false) String postureOverride, @RequestParam(required = false) String rationale,
                @AuthenticationPrincipal ArcsUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        List<String> chosen = ciphers == null ? List.of() : ciphers;
        String view = step(user, model, response, redirect, id, offerId, "Officers named", () ->
                service.nameOfficers(user.acting(null), id, offerId, chosen.stream().map(Cipher::of).toList(),
                        postureOverride, MutualAidController.rationale(rationale)));
        if (model.getAttribute("problem") instanceof Problem problem && "DonorPosture".equals(problem.rule())) {
            model.addAttribute("retry", new Retry(id, offerId, Set.copyOf(chosen), rationale));
        }
        return view;
    }

    // ---------------------------------------------------------------- the machinery

    /**
     * Takes a step through the service. Done: back to the page (a fresh GET) with a note of what was recorded.
     * Refused by a rule, bad input, the wrong force or role, or an unknown request: the page again, with the reason
     * and the rule's name, and nothing recorded.
     */
    private String step(ArcsUser user, Model model, HttpServletResponse response, RedirectAttributes redirect,
                        Long request, Long offer, String done, Supplier<Verdict<MutualAidRequest>> action) {
        Problem problem;
        HttpStatus status;
        try {
            Verdict<MutualAidRequest> verdict = action.get();
            if (verdict instanceof Verdict.Done<MutualAidRequest> recorded) {
                redirect.addFlashAttribute("recorded", done + " (request " + recorded.value().id() + ")");
                return "redirect:/mutual-aid#request-" + recorded.value().id();
            }
            Verdict.Refused<MutualAidRequest> refused = (Verdict.Refused<MutualAidRequest>) verdict;
            problem = new Problem("Refused by rule " + refused.rule(), refused.rule(), refused.reason(), request, offer);
            status = HttpStatus.CONFLICT;
        } catch (RuleRefusedException e) {
            problem = new Problem("Refused by rule " + e.rule(), e.rule(), e.getMessage(), request, offer);
            status = HttpStatus.CONFLICT;
        } catch (ForbiddenException e) {
            problem = new Problem("Not allowed", null, e.getMessage(), request, offer);
            status = HttpStatus.FORBIDDEN;
        } catch (NotFoundException e) {
            problem = new Problem("Not found", null, e.getMessage(), request, offer);
            status = HttpStatus.NOT_FOUND;
        } catch (IllegalArgumentException e) {
            problem = new Problem("Not recorded", null, e.getMessage(), request, offer);
            status = HttpStatus.BAD_REQUEST;
        }
        return problemPage(user, model, response, status, problem);
    }

    private String problemPage(ArcsUser user, Model model, HttpServletResponse response, HttpStatus status,
                               Problem problem) {
        response.setStatus(status.value());
        model.addAttribute("problem", problem);
        describe(user, null, model);
        return "mutual-aid";
    }

    private String name(ForceCode code) {
        return forces.find(code).map(Force::name).orElse(code.value());
    }

    private static boolean isCoordinator(ArcsUser user) {
        return MutualAidService.COORDINATOR.equals(user.role().name());
    }

    /** The viewer's force's zone; for national roles the zone every force shares (UTC if they differ). */
    private ZoneId zoneOf(ArcsUser user) {
        if (user.force() != null) {
            return forces.find(ForceCode.of(user.force())).map(Force::zone).orElse(ZoneOffset.UTC);
        }
        Set<ZoneId> zones = forces.all().stream().map(Force::zone).collect(Collectors.toSet());
        return zones.size() == 1 ? zones.iterator().next() : ZoneOffset.UTC;
    }

    private static Instant parse(String text, ZoneId zone, String field) {
        try {
            return Instants.parse(text, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    private static Instant day(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": a date is required, such as 2023-09-20");
        }
        try {
            return Instants.parseDate(text).atStartOfDay(zone).toInstant();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }
}
