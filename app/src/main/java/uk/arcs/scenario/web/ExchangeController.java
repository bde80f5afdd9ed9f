package uk.arcs.scenario.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import uk.arcs.common.Utf8;
import uk.arcs.force.ForceCode;
import uk.arcs.scenario.CsvBundle;
import uk.arcs.scenario.CsvExchange;
import uk.arcs.scenario.ScenarioLoader;

@RestController
@RequestMapping("/api/v1/forces/{force}")
class ExchangeController {

    private final CsvExchange exchange;

    ExchangeController(CsvExchange exchange) {
        this.exchange = exchange;
    }

    record ImportResult(boolean dryRun, ScenarioLoader.Summary summary) {
    }

    @Operation(summary = "Import CSV files (multipart parts named after the files, such as events.csv), all or nothing; "
            + "dryRun=true checks every row and records nothing")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importCsv(@PathVariable String force,
                                           @RequestParam(defaultValue = "false") boolean dryRun,
                                           MultipartHttpServletRequest request, Principal principal) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            String name = part.getKey().endsWith(".csv") ? part.getKey() : part.getKey() + ".csv";
            files.put(name, Utf8.decode(name, part.getValue().getBytes()));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("upload the CSV files as multipart parts named " + CsvBundle.FILES);
        }
        ScenarioLoader.Summary summary = exchange.importFiles(ForceCode.of(force), files,
                new CsvBundle.Provenance(principal.getName(), false), dryRun).orThrow("import refused");
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(new ImportResult(dryRun, summary));
    }

    @Operation(summary = "Export the force's registry, event log and posture log as a zip of CSV files")
    @GetMapping(path = "/export", produces = "application/zip")
    ResponseEntity<byte[]> export(@PathVariable String force) throws IOException {
        ForceCode code = ForceCode.of(force);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : exchange.exportFiles(code).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arcs-" + code + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(bytes.toByteArray());
    }
}
