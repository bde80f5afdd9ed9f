package uk.arcs.reporting.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Reports as JSON, as an HTML document, or as a PDF rendered from that same HTML. The PDF uses the standard PDF
 * fonts and loads nothing from outside the document.
 */
@Component
class ReportDocuments {

    enum Format { JSON, HTML, PDF }

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

    /** The body as JSON, or the template filled with {@code model} as HTML or PDF, named {@code filename}. */
    ResponseEntity<?> answer(Format format, Object body, String template, Map<String, Object> model, String filename) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
            case HTML -> ResponseEntity.ok().contentType(HTML_UTF8).body(html(template, model));
            case PDF -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.inline().filename(filename + ".pdf").build().toString())
                    .body(pdf(html(template, model)));
        };
    }

    String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(Locale.UK, model));
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
