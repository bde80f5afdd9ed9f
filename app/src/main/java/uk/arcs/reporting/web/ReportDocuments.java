package uk.arcs.reporting.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.arcs.reporting.Sitrep;

/**
 * Reports as JSON, as an HTML document, or as a PDF rendered from that same HTML. The PDF uses the standard PDF
 * fonts and loads nothing from outside the document.
 */
@Component
class ReportDocuments {

    enum Format { JSON, HTML, PDF }

    /** A document to render: its template, what fills it, and the name of its file (without the extension). */
    record Document(String template, Map<String, Object> model, String filename) {
    }

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

    /** In the order of {@link Format}: what a wildcard is answered with first. */
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML,
            MediaType.APPLICATION_PDF);

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    static {
        // The renderer reports every stage at INFO on its own console handler; only its warnings are worth a line.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;

    ReportDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * {@code format} (json, html or pdf) wins, for links a browser follows; otherwise the most preferred of the
     * Accept header's types that ARCS offers, JSON when any will do.
     */
    static Format format(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        if (format != null && !format.isBlank()) {
            try {
                return Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format: json, html or pdf, not '" + format + "'");
            }
        }
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept).stream()
                    .sorted((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue())).toList();
        } catch (InvalidMediaTypeException e) {
            throw new IllegalArgumentException("Accept: '" + accept + "' is not a list of media types");
        }
        for (MediaType type : wanted) {
            for (int i = 0; i < OFFERED.size() && type.getQualityValue() > 0; i++) {
                if (type.includes(OFFERED.get(i))) {
                    return Format.values()[i];
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(OFFERED);
    }

    /** A situation report in its force's local time, named for its force, number (once issued) and instant. */
    static Document sitrep(Sitrep sitrep) {
        ZoneId zone = ZoneId.of(sitrep.zone());
        String name = sitrep.force() + "-sitrep-" + (sitrep.issue() == null ? ""
                : sitrep.issue().number() + "-") + sitrep.at().atZone(zone).format(FILE_TIME);
        return new Document("reporting/sitrep", Map.of("sitrep", sitrep, "fmt", new ReportFormat(zone)), name);
    }

    /** A public statement at its version, in its force's local time. */
    static Document statement(StatementView statement, ZoneId zone) {
        return new Document("reporting/statement", Map.of("statement", statement, "fmt", new ReportFormat(zone)),
                statement.force() + "-statement-" + statement.number() + "-v" + statement.version());
    }

    /** The body as JSON, or the document as HTML or as a PDF shown inline, as a browser following an API link does. */
    ResponseEntity<?> answer(Format format, Object body, Document document) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
            case HTML -> page(document);
            case PDF -> pdf(document, ContentDisposition.inline());
        };
    }

    /** The document as an HTML page of its own, to read or print. */
    ResponseEntity<String> page(Document document) {
        return ResponseEntity.ok().contentType(HTML_UTF8).body(html(document));
    }

    /** The document as a PDF file that a browser saves under the document's name: the pages' download links. */
    ResponseEntity<byte[]> download(Document document) {
        return pdf(document, ContentDisposition.attachment());
    }

    private ResponseEntity<byte[]> pdf(Document document, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(document.filename() + ".pdf").build()
                        .toString())
                .body(pdf(html(document)));
    }

    String html(Document document) {
        return templates.process(document.template(), new Context(Locale.UK, document.model()));
    }

    static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }
}
