package uk.arcs.officer;

import uk.arcs.force.ForceCode;

/**
 * A firearms officer in the registry. {@code team} is the rota team (relief) the officer works with, or
 * null for officers not on the shift rota (instructors, tactical advisers, personal protection), who are
 * never counted as on duty for the posture until redeployed onto the rota.
 */
public record Officer(ForceCode force, Cipher cipher, String unit, Integer team) {

    public Officer {
        if (force == null || cipher == null) {
            throw new IllegalArgumentException("an officer needs a force and a cipher");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("officer " + cipher + " needs a unit");
        }
        if (team != null && team < 1) {
            throw new IllegalArgumentException("officer " + cipher + ": team numbers start at 1");
        }
    }
}
