package uk.arcs.officer;

import java.util.Arrays;
import java.util.Locale;

/** What can be recorded about an officer. Each is an append-only fact; a correction is another fact. */
public enum OfficerEventType {
    AUTHORISED(Category.AUTHORISATION),
    STEPPED_BACK(Category.AUTHORISATION),
    RETURNED(Category.AUTHORISATION),
    SUSPENDED(Category.AUTHORISATION),
    REINSTATED(Category.AUTHORISATION),
    WITHDRAWN(Category.AUTHORISATION),
    ACCREDITED(Category.ACCREDITATION),
    ACCREDITATION_REMOVED(Category.ACCREDITATION),
    ANNUAL_LEAVE(Category.AVAILABILITY),
    SICK(Category.AVAILABILITY),
    RESTRICTED(Category.AVAILABILITY),
    RESUMED_DUTY(Category.AVAILABILITY),
    RECORDED_IN_ERROR(Category.CORRECTION);

    public enum Category { AUTHORISATION, ACCREDITATION, AVAILABILITY, CORRECTION }

    private final Category category;

    OfficerEventType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public boolean isAbsence() {
        return this == ANNUAL_LEAVE || this == SICK || this == RESTRICTED;
    }

    public static OfficerEventType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown event type '" + text + "'; expected one of "
                    + Arrays.toString(values()));
        }
    }
}
