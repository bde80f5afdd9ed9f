package uk.arcs.planning;

import uk.arcs.force.Accreditation;

/**
 * One armed place to fill in one shift. {@code unit}, when set, is the unit whose own officers staff the
 * post (mutual-aid officers may staff any post that is not counter-terrorism work). {@code car} groups ARV
 * seats into cars, whose numbering stays the same from shift to shift so that crews can be kept together.
 * {@code priority} is the medium penalty for leaving the seat empty.
 */
public record Seat(String id, String label, SeatKind kind, Accreditation accreditation, boolean counterTerrorism,
                   String unit, String car, ShiftSlot shift, int priority) {

    public Seat {
        if (id == null || id.isBlank() || label == null || kind == null || accreditation == null || shift == null) {
            throw new IllegalArgumentException("a seat needs an id, a label, a kind, an accreditation and a shift");
        }
        if (kind == SeatKind.ARV && car == null) {
            throw new IllegalArgumentException("ARV seat " + id + " needs a car");
        }
        if (priority < 1) {
            throw new IllegalArgumentException("seat " + id + ": priority must be at least 1");
        }
    }

    // Seats are looked up and hashed in hot loops of the solver; the id identifies one.
    @Override
    public boolean equals(Object other) {
        return other instanceof Seat seat && seat.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
