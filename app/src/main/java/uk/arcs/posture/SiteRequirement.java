package uk.arcs.posture;

import uk.arcs.force.Accreditation;

/**
 * Armed posts per shift at a protected site. {@code unit}, when set, is the unit whose officers staff it
 * (Heathrow's posts are held by Aviation Policing, not by the Diplomatic Protection Group).
 */
public record SiteRequirement(String site, String name, Accreditation accreditation, int posts,
                              boolean counterTerrorism, String unit) {
}
