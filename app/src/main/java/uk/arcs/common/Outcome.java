package uk.arcs.common;

import java.util.List;

/** The answer to a batch write: all of it was recorded, or none of it, with every reason. */
public sealed interface Outcome<T> {

    record Recorded<T>(T value) implements Outcome<T> {
    }

    record Rejected<T>(List<RowError> errors) implements Outcome<T> {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one reason");
            }
        }
    }

    static <T> Outcome<T> recorded(T value) {
        return new Recorded<>(value);
    }

    static <T> Outcome<T> rejected(List<RowError> errors) {
        return new Rejected<>(errors);
    }

    /** The recorded value, or a {@link RejectedBatchException} carrying every reason. */
    default T orThrow(String title) {
        return switch (this) {
            case Recorded<T> recorded -> recorded.value();
            case Rejected<T> rejected -> throw new RejectedBatchException(title, rejected.errors());
        };
    }
}
