package uk.arcs.officer;

import java.time.LocalDate;
import uk.arcs.force.Accreditation;

/** An accreditation an officer holds, and the last day it is valid (a past day once it has lapsed). */
public record AccreditationExpiry(Officer officer, Accreditation accreditation, LocalDate validUntil) {
}
