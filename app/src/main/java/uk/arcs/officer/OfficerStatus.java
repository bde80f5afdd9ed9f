package uk.arcs.officer;

import java.util.Set;
import uk.arcs.force.Accreditation;

/** An officer as recorded at one instant, as known at another. */
public record OfficerStatus(Officer officer, AuthorisationStatus status, Set<Accreditation> validAccreditations,
                            Set<Accreditation> lapsedAccreditations, Absence absence) {

    public boolean isFirearmsOfficer() {
        return status.countsAsFirearmsOfficer();
    }

    public boolean mayCarry(Accreditation accreditation) {
        return status == AuthorisationStatus.AUTHORISED && validAccreditations.contains(accreditation);
    }
}
