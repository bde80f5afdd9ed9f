package uk.arcs.common;

/**
 * One reason a row of a batch (an API array or a CSV file) was refused. {@code row} counts from 1 within
 * {@code source} (for CSV the header is row 0, so row 1 is the first data line).
 */
public record RowError(String source, int row, String field, String message) {

    public RowError {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a row error needs a message");
        }
    }

    @Override
    public String toString() {
        return source + " row " + row + (field == null ? "" : " (" + field + ")") + ": " + message;
    }
}
