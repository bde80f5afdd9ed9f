package uk.arcs.officer;

import java.time.LocalDate;
import uk.arcs.force.Accreditation;

/** An accreditation an officer holds in date, and the last day it is valid. */
public record AccreditationExpiry(Officer officer, Accreditation accreditation, LocalDate validUntil) {
}
