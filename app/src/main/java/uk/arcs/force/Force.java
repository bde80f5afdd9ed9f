package uk.arcs.force;

import java.time.ZoneId;

/** A police force: the unit of tenancy, with its time zone and shift pattern. */
public record Force(ForceCode code, String name, ZoneId zone, ShiftPattern shiftPattern) {

    public Force {
        if (code == null) {
            throw new IllegalArgumentException("a force needs a code");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a force needs a name of at most 100 characters");
        }
        if (zone == null || shiftPattern == null) {
            throw new IllegalArgumentException("a force needs a time zone and a shift pattern");
        }
    }
}
