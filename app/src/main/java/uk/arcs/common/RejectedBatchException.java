package uk.arcs.common;

import java.util.List;

/** A batch refused as a whole; the web layer answers 422 with every row error. */
public class RejectedBatchException extends RuntimeException {

    private final List<RowError> errors;

    public RejectedBatchException(String title, List<RowError> errors) {
        super(title + ": " + errors.size() + " error(s); nothing was recorded; first: "
                + String.join("; ", errors.stream().limit(3).map(RowError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
