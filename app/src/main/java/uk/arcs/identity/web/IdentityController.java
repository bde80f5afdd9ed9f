package uk.arcs.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.RejectedBatchException;
import uk.arcs.common.RowError;
import uk.arcs.common.Utf8;
import uk.arcs.force.ForceCode;
import uk.arcs.identity.Disclosure;
import uk.arcs.identity.Identity;
import uk.arcs.identity.IdentityAccess;
import uk.arcs.identity.IdentityCsv;
import uk.arcs.identity.IdentityRecord;
import uk.arcs.identity.IdentityUnreadableException;
import uk.arcs.identity.IdentityVault;
import uk.arcs.identity.InvalidIdentityException;
import uk.arcs.identity.SubmittedIdentity;
import uk.arcs.identity.VaultLockedException;
import uk.arcs.officer.Cipher;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * The identity vault over HTTP, for the identity administrator only (the access log also for a force's strategic
 * commander). Bodies are read here as bytes rather than bound by the framework, so that no parser, converter or
 * debug log line ever holds a name in a message.
 */
@RestController
@RequestMapping("/api/v1/identities")
class IdentityController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdentityVault vault;

    IdentityController(IdentityVault vault) {
        this.vault = vault;
    }

    /** What a write answers: the version now current. Never the identity itself. */
    record VersionView(String force, String cipher, int version, boolean changed, String keyId, Instant recordedAt,
                       String recordedBy) {
        static VersionView of(IdentityVault.Written written) {
            IdentityRecord r = written.record();
            return new VersionView(r.force().value(), r.cipher().value(), r.version(), written.changed(), r.keyId(),
                    r.recordedAt(), r.recordedBy());
        }
    }

    @Operation(summary = "Seal a new version of an officer's identity: {\"name\", \"warrantNumber\"}. 201 when a version "
            + "was added, 200 when the identity was already so. Identity administrator only")
    @PutMapping(path = "/{force}/{cipher}")
    ResponseEntity<VersionView> put(@PathVariable String force, @PathVariable String cipher, @RequestBody byte[] body,
                                    @AuthenticationPrincipal ArcsUser user) {
        ForceCode code = force(force);
        Cipher officer = SubmittedIdentity.cipherOf(cipher);
        Identity identity = identity(body);
        IdentityVault.Written written = vault.seal(code, List.of(new SubmittedIdentity("identity", 1, officer, identity)),
                user.getUsername()).orThrow("identity refused").getFirst();
        return ResponseEntity.status(written.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/identities/" + code + "/" + officer))
                .body(VersionView.of(written));
    }

    @Operation(summary = "The same as PUT")
    @PostMapping(path = "/{force}/{cipher}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VersionView> post(@PathVariable String force, @PathVariable String cipher, @RequestBody byte[] body,
                                     @AuthenticationPrincipal ArcsUser user) {
        return put(force, cipher, body, user);
    }

    record ImportResult(String force, int sealed, int unchanged, List<VersionView> versions) {
    }

    @Operation(summary = "Upload identities.csv (cipher,name,warrantNumber) as a multipart part, all or nothing; every bad "
            + "row is reported by row and field, never by value")
    @PostMapping(path = "/{force}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> upload(@PathVariable String force, MultipartHttpServletRequest request,
                                        @AuthenticationPrincipal ArcsUser user) throws java.io.IOException {
        ForceCode code = force(force);
        if (!vault.unlocked()) {
            throw new VaultLockedException();
        }
        MultipartFile file = request.getFile(IdentityCsv.FILE);
        if (file == null) {
            throw new IllegalArgumentException("upload the file as a multipart part named " + IdentityCsv.FILE);
        }
        IdentityCsv.Reading reading = IdentityCsv.read(Utf8.decode(IdentityCsv.FILE, file.getBytes()));
        if (!reading.errors().isEmpty()) {
            List<RowError> errors = new java.util.ArrayList<>(reading.errors());
            // The rows that could be read are checked too (unknown or repeated officers), so every bad row is named.
            errors.addAll(vault.check(code, reading.rows()));
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new RejectedBatchException("identities refused", errors);
        }
        List<VersionView> versions = vault.seal(code, reading.rows(), user.getUsername()).orThrow("identities refused")
                .stream().map(VersionView::of).toList();
        int sealed = (int) versions.stream().filter(VersionView::changed).count();
        return ResponseEntity.status(sealed > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ImportResult(code.value(), sealed, versions.size() - sealed, versions));
    }

    record HistoryView(int version, String keyId, Instant recordedAt, String recordedBy) {
        static HistoryView of(IdentityRecord r) {
            return new HistoryView(r.version(), r.keyId(), r.recordedAt(), r.recordedBy());
        }
    }

    /** The one response that carries an identity; it is not cached anywhere on the way. */
    record IdentityView(String force, String cipher, String name, String warrantNumber, int version, Instant recordedAt,
                        String recordedBy, long accessId, List<HistoryView> history) {
        @Override
        public String toString() {
            return "IdentityView[" + force + "/" + cipher + " version " + version + "]";
        }
    }

    @Operation(summary = "Open an officer's current identity; 'reason' (at least 10 characters) is required and kept in "
            + "the access log with the reader and the time. Identity administrator only")
    @GetMapping("/{force}/{cipher}")
    ResponseEntity<IdentityView> read(@PathVariable String force, @PathVariable String cipher,
                                      @RequestParam(required = false) String reason,
                                      @AuthenticationPrincipal ArcsUser user) {
        ForceCode code = force(force);
        Cipher officer = SubmittedIdentity.cipherOf(cipher);
        Disclosure disclosure = vault.disclose(code, officer, user.acting(vault.now()), reason);
        IdentityRecord r = disclosure.record();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .body(new IdentityView(r.force().value(), r.cipher().value(), disclosure.identity().name(),
                        disclosure.identity().warrantNumber(), r.version(), r.recordedAt(), r.recordedBy(),
                        disclosure.accessId(), disclosure.history().stream().map(HistoryView::of).toList()));
    }

    record AccessView(long id, String force, String cipher, Integer version, String accessedBy, String role,
                      Instant accessedAt, String reason, String outcome) {
        static AccessView of(IdentityAccess a) {
            return new AccessView(a.id(), a.force().value(), a.cipher().value(), a.version(), a.accessedBy(), a.role(),
                    a.accessedAt(), a.reason(), a.outcome().name());
        }
    }

    @Operation(summary = "Who read which officer's identity, when and why, newest first; no names. The identity "
            + "administrator (any force) and a strategic commander (own force, the default when 'force' is left out)")
    @GetMapping("/access-log")
    List<AccessView> accessLog(@RequestParam(required = false) String force,
                               @RequestParam(required = false) String cipher,
                               @RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal ArcsUser user) {
        ForceCode code = force == null || force.isBlank()
                ? user.role() == Role.STRATEGIC_COMMANDER ? ForceCode.of(user.force()) : null
                : force(force);
        if (user.role() == Role.STRATEGIC_COMMANDER && !code.value().equals(user.force())) {
            throw new ForbiddenException("a strategic commander reads the access log of their own force only: force="
                    + user.force());
        }
        Cipher officer = cipher == null || cipher.isBlank() ? null : SubmittedIdentity.cipherOf(cipher);
        return vault.accessLog(code, officer, limit).stream().map(AccessView::of).toList();
    }

    /** Reads a force code without repeating the text, which may be a name typed in the wrong place. */
    private static ForceCode force(String text) {
        try {
            return ForceCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentityException("force", "force must be a force code such as MET");
        }
    }

    private static Identity identity(byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body must be a JSON object {\"name\", \"warrantNumber\"}");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object {\"name\", \"warrantNumber\"}");
        }
        for (String field : json.propertyNames()) {
            if (!field.equals("name") && !field.equals("warrantNumber")) {
                throw new IllegalArgumentException("the body takes only the fields name and warrantNumber");
            }
        }
        return new Identity(text(json, "name"), text(json, "warrantNumber"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidIdentityException(field, field + " must be a string");
        }
        return value.asString();
    }

    @ExceptionHandler(InvalidIdentityException.class)
    ProblemDetail invalid(InvalidIdentityException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(VaultLockedException.class)
    ProblemDetail locked(VaultLockedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Identity vault locked");
        return problem;
    }

    @ExceptionHandler(IdentityUnreadableException.class)
    ProblemDetail unreadable(IdentityUnreadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setTitle("Identity unreadable");
        return problem;
    }
}
