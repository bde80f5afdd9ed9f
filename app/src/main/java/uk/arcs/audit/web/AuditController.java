package uk.arcs.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.audit.AuditLog;
import uk.arcs.audit.AuditRecord;
import uk.arcs.audit.ChainCheck;
import uk.arcs.common.Instants;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;
    private final Clock clock;

    AuditController(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    record Records(Instant from, Instant to, String force, int count, boolean truncated, List<AuditRecord> records) {
    }

    @Operation(summary = "The audit log between two instants (default: the last 24 hours): every write, who made it, "
            + "from where and what it was. The identity administrator sees every record; a strategic commander those "
            + "made by the users of their own force")
    @GetMapping
    Records records(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @AuthenticationPrincipal ArcsUser user) {
        Instant end = to == null || to.isBlank() ? clock.instant() : Instants.parse(to, ZoneOffset.UTC);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(1)) : Instants.parse(from, ZoneOffset.UTC);
        String force = user.role() == Role.IDENTITY_ADMIN ? null : user.force();
        List<AuditRecord> records = audit.records(start, end, force);
        return new Records(start, end, force, records.size(), records.size() == AuditLog.MAX_RECORDS_READ, records);
    }

    record Verification(boolean intact, long records, Long headSequence, String headHash, Long brokenAt, String reason) {
    }

    @Operation(summary = "Walks the whole audit chain: intact with the count and head, or the first broken link and why")
    @GetMapping("/verification")
    Verification verification() {
        return switch (audit.verify()) {
            case ChainCheck.Intact intact -> new Verification(true, intact.records(), intact.headSequence(),
                    intact.headHash(), null, null);
            case ChainCheck.Broken broken -> new Verification(false, broken.sequence() - 1, null, null,
                    broken.sequence(), broken.reason());
        };
    }
}
