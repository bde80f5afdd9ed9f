package uk.arcs.posture;

import java.time.Instant;
import java.util.regex.Pattern;
import uk.arcs.force.Accreditation;

/**
 * One change to a force's posture; validates that it carries exactly what its type needs. {@code quantity}
 * is the number of cars (ARV), posts (site), officers (CT) or the uplift percentage.
 */
public record PostureChange(PostureEventType type, Instant occurredAt, String reason, String site, String siteName,
                            Accreditation accreditation, Integer quantity, Integer crewSize,
                            Boolean counterTerrorism, String unit, ThreatLevel level) {

    private static final Pattern SITE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public PostureChange {
        require(type != null, "type", "a posture event type is required");
        require(occurredAt != null, "occurredAt", "occurredAt is required");
        occurredAt = uk.arcs.common.Precision.recorded(occurredAt);
        require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                "a reason of at most 500 characters is required");
        switch (type) {
            case ARV_REQUIREMENT -> {
                range(quantity, 0, 500, "quantity", "ARV cars");
                range(crewSize, 1, 6, "crewSize", "crew size");
            }
            case SITE_REQUIREMENT -> {
                siteCode(site);
                require(siteName != null && !siteName.isBlank() && siteName.length() <= 100, "siteName",
                        "a site needs a name of at most 100 characters");
                require(accreditation != null, "accreditation", "a site names the accreditation its posts need");
                range(quantity, 0, 2_000, "quantity", "posts per shift");
                counterTerrorism = counterTerrorism != null && counterTerrorism;
            }
            case SITE_REMOVED -> siteCode(site);
            case CT_REQUIREMENT -> range(quantity, 0, 2_000, "quantity", "counter-terrorism officers");
            case THREAT_LEVEL -> require(level != null, "level", "a threat level is required");
            case THREAT_UPLIFT -> {
                require(level != null, "level", "the threat level the uplift applies to is required");
                range(quantity, 0, 500, "quantity", "uplift percentage");
            }
        }
    }

    private static void siteCode(String site) {
        require(site != null && SITE_CODE.matcher(site).matches(), "site",
                "a site code is capitals, digits or underscores, such as DOWNING_STREET");
    }

    private static void range(Integer value, int min, int max, String field, String what) {
        require(value != null && value >= min && value <= max, field, what + " must be between " + min + " and " + max);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidPostureException(field, message);
        }
    }
}
