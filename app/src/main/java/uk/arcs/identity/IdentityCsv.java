package uk.arcs.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.arcs.common.RowError;
import uk.arcs.officer.Cipher;

/**
 * Reads {@code identities.csv} (cipher, name, warrantNumber), reporting every faulty row by row and field. Its
 * messages never repeat a value from the file: a name in the wrong column must not end up in an error.
 */
public final class IdentityCsv {

    public static final String FILE = "identities.csv";
    public static final List<String> COLUMNS = List.of("cipher", "name", "warrantNumber");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private IdentityCsv() {
    }

    public record Reading(List<SubmittedIdentity> rows, List<RowError> errors) {
        public Reading {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    public static Reading read(String content) {
        List<SubmittedIdentity> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(COLUMNS)) {
                errors.add(new RowError(FILE, 0, null, "the header must be exactly " + String.join(",", COLUMNS)));
                return new Reading(rows, errors);
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                if (!record.isConsistent()) {
                    errors.add(new RowError(FILE, row, null, "expected " + COLUMNS.size() + " fields, found "
                            + record.size()));
                    continue;
                }
                Cipher cipher = cipher(record.get("cipher"), row, errors);
                Identity identity = identity(record.get("name"), record.get("warrantNumber"), row, errors);
                if (cipher != null && identity != null) {
                    rows.add(new SubmittedIdentity(FILE, row, cipher, identity));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(FILE, 0, null, "the file is not readable as CSV (check the quoting)"));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(FILE, 0, null, "the file holds no identities"));
        }
        return new Reading(rows, errors);
    }

    private static Cipher cipher(String text, int row, List<RowError> errors) {
        try {
            return SubmittedIdentity.cipherOf(text);
        } catch (InvalidIdentityException e) {
            errors.add(new RowError(FILE, row, e.field(), e.getMessage()));
            return null;
        }
    }

    private static Identity identity(String name, String warrantNumber, int row, List<RowError> errors) {
        // Each field is checked alone too, so that a row with two bad fields reports both.
        Identity identity = null;
        try {
            identity = new Identity(name, warrantNumber);
        } catch (InvalidIdentityException e) {
            errors.add(new RowError(FILE, row, e.field(), e.getMessage()));
            if (e.field().equals("name")) {
                try {
                    new Identity("x", warrantNumber);
                } catch (InvalidIdentityException warrant) {
                    errors.add(new RowError(FILE, row, warrant.field(), warrant.getMessage()));
                }
            }
        }
        return identity;
    }
}
