package uk.arcs.scenario.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.arcs.common.Outcome;
import uk.arcs.common.RejectedBatchException;
import uk.arcs.common.RowError;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.scenario.CsvBundle;
import uk.arcs.scenario.CsvExchange;
import uk.arcs.scenario.ScenarioLoader;
import uk.arcs.security.ArcsUser;

/**
 * CSV import on the officers screen, for a force role's own force: the files of {@code ./arcs import} and
 * {@code POST /api/v1/forces/{force}/import}, first previewed (every check, nothing recorded), then imported
 * all or nothing. Between the two the files are held in the user's session for {@link #HOLD_FOR}, under the
 * digest the preview showed, so "Import" records exactly the files that were previewed, or nothing.
 */
@Controller
@RequestMapping("/officers/import")
class ImportPages {

    static final Duration HOLD_FOR = Duration.ofMinutes(30);
    static final String HELD = ImportPages.class.getName() + ".held";

    private final CsvExchange exchange;
    private final ForceDirectory forces;
    private final Clock clock;

    ImportPages(CsvExchange exchange, ForceDirectory forces, Clock clock) {
        this.exchange = exchange;
        this.forces = forces;
        this.clock = clock;
    }

    /** Files previewed without a fault, held for the import that may follow; one per session at a time. */
    record Held(String username, String force, Map<String, String> files, String digest, Instant until)
            implements Serializable {
    }

    record FileView(String name, int bytes) {
    }

    /** What a preview found: the files, what would be recorded, and every fault (then nothing can be imported). */
    record Preview(List<FileView> files, ScenarioLoader.Summary summary, List<RowError> errors, String digest) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String force, @AuthenticationPrincipal ArcsUser user, Model model) {
        model.addAttribute("force", ownForce(user, force));
        return "officers-import";
    }

    @PostMapping("/preview")
    String preview(@RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                   @RequestParam(required = false) String force, @AuthenticationPrincipal ArcsUser user,
                   HttpSession session, Model model, HttpServletResponse response) throws IOException {
        Force known = ownForce(user, force);
        session.removeAttribute(HELD);
        model.addAttribute("force", known);
        Map<String, String> files = new LinkedHashMap<>();
        List<FileView> views = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
                continue;
            }
            String name = fileName(upload.getOriginalFilename());
            views.add(new FileView(name, (int) upload.getSize()));
            if (files.containsKey(name)) {
                errors.add(new RowError(name, 0, null, "the file is given twice"));
                continue;
            }
            try {
                files.put(name, ExchangeController.utf8(name, upload.getBytes()));
            } catch (RejectedBatchException e) {
                errors.addAll(e.errors());
            }
        }
        if (files.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError("import", 0, null, "choose the CSV files to import, named as in the format: "
                    + String.join(", ", CsvBundle.FILES)));
        }
        ScenarioLoader.Summary summary = null;
        String digest = digest(files);
        if (errors.isEmpty()) {
            switch (exchange.importFiles(known.code(), files, provenance(user), true)) {
                case Outcome.Recorded<ScenarioLoader.Summary> wouldRecord -> summary = wouldRecord.value();
                case Outcome.Rejected<ScenarioLoader.Summary> rejected -> errors.addAll(rejected.errors());
            }
        }
        if (errors.isEmpty()) {
            session.setAttribute(HELD, new Held(user.username(), known.code().value(), Map.copyOf(files), digest,
                    clock.instant().plus(HOLD_FOR)));
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("preview", new Preview(views, summary, errors, digest));
        return "officers-import";
    }

    @PostMapping
    String commit(@RequestParam(required = false) String digest, @RequestParam(required = false) String force,
                  @AuthenticationPrincipal ArcsUser user, HttpSession session, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Force known = ownForce(user, force);
        model.addAttribute("force", known);
        Held held = session.getAttribute(HELD) instanceof Held h ? h : null;
        if (held == null || !held.digest().equals(digest) || !held.username().equals(user.username())
                || !held.force().equals(known.code().value()) || clock.instant().isAfter(held.until())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", "The files of that preview are no longer held (they were imported, another "
                    + "preview replaced them, or " + HOLD_FOR.toMinutes() + " minutes passed). Nothing was recorded; "
                    + "upload the files again to preview them.");
            return "officers-import";
        }
        session.removeAttribute(HELD);
        switch (exchange.importFiles(known.code(), held.files(), provenance(user), false)) {
            case Outcome.Recorded<ScenarioLoader.Summary> recorded -> {
                ScenarioLoader.Summary summary = recorded.value();
                redirect.addFlashAttribute("imported", "Imported: " + summary.officersRegistered()
                        + " officers registered, " + summary.officerEvents() + " officer events and "
                        + summary.postureEvents() + " posture changes recorded.");
                return "redirect:/officers/import";
            }
            case Outcome.Rejected<ScenarioLoader.Summary> rejected -> {
                // The log changed since the preview, and a row no longer passes; nothing was recorded.
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                List<FileView> views = held.files().entrySet().stream()
                        .map(f -> new FileView(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8).length)).toList();
                model.addAttribute("preview", new Preview(views, null, rejected.errors(), held.digest()));
                return "officers-import";
            }
        }
    }

    private static CsvBundle.Provenance provenance(ArcsUser user) {
        return new CsvBundle.Provenance(user.username(), false);
    }

    /** The file's own name, whatever path a browser sent with it. */
    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "(unnamed file)";
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).trim();
    }

    /** SHA-256 over the files' names and contents, in name order: what the preview showed is what is imported. */
    static String digest(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Force ownForce(ArcsUser user, String requested) {
        return forces.require(ForceCode.of(user.ownForce(requested)));
    }
}
