package uk.arcs.forecast;

import uk.arcs.force.Accreditation;
import uk.arcs.posture.ThreatLevel;

/** One change a what-if scenario makes on top of the recorded picture. Each checks itself, naming the field. */
public sealed interface WhatIfChange {

    /** N more officers holding the accreditation step back, taken in turn from each team. */
    record StepBack(Accreditation accreditation, int officers) implements WhatIfChange {
        public StepBack {
            require(accreditation != null, "accreditation: which officers step back");
            require(officers >= 1 && officers <= 5_000, "officers: between 1 and 5000");
        }
    }

    /** N stepped-back officers holding the accreditation return. */
    record Return(Accreditation accreditation, int officers) implements WhatIfChange {
        public Return {
            require(accreditation != null, "accreditation: which officers return");
            require(officers >= 1 && officers <= 5_000, "officers: between 1 and 5000");
        }
    }

    /** The national threat level changes; the force's uplift for that level applies. */
    record ThreatLevelChange(ThreatLevel level) implements WhatIfChange {
        public ThreatLevelChange {
            require(level != null, "level: the new threat level");
        }
    }

    /** A protected site is added with armed posts per shift, staffed by a unit (or any) of the force. */
    record AddSite(String site, String name, Accreditation accreditation, int posts, String unit) implements WhatIfChange {
        public AddSite {
            require(site != null && site.matches("[A-Z][A-Z0-9_]{0,39}"), "site: a code such as EMBASSY_X");
            require(name != null && !name.isBlank(), "name: the site's name");
            require(accreditation != null, "accreditation: what its posts need");
            require(posts >= 1 && posts <= 2_000, "posts: between 1 and 2000");
        }
    }

    /** N officers of the accreditation arrive under mutual aid (released for counter-terrorism or not). */
    record MutualAidArrives(Accreditation accreditation, int officers, boolean counterTerrorism) implements WhatIfChange {
        public MutualAidArrives {
            require(accreditation != null, "accreditation: what the aid officers hold");
            require(officers >= 1 && officers <= 5_000, "officers: between 1 and 5000");
        }
    }

    /** A requalification course in week N (1 to 12) is cancelled, losing its places. */
    record CancelTraining(int week, int places) implements WhatIfChange {
        public CancelTraining {
            require(week >= 1 && week <= RequalificationForecaster.WEEKS, "week: between 1 and 12");
            require(places >= 1 && places <= 1_000, "places: between 1 and 1000");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
