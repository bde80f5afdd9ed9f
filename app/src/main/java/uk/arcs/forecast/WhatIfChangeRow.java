package uk.arcs.forecast;

import uk.arcs.force.Accreditation;
import uk.arcs.posture.ThreatLevel;

/**
 * A what-if change as text fields, the shape the API takes and the scenario book stores. Reading checks it
 * through the change's own constructor, so a stored or posted change is valid or refused with its field.
 */
public record WhatIfChangeRow(String type, String accreditation, Integer officers, String level, String site, String name,
                         Integer posts, String unit, Boolean counterTerrorism, Integer week, Integer places) {

    public static WhatIfChangeRow of(WhatIfChange change) {
        return switch (change) {
            case WhatIfChange.StepBack s -> new WhatIfChangeRow("STEP_BACK", s.accreditation().name(), s.officers(), null,
                    null, null, null, null, null, null, null);
            case WhatIfChange.Return r -> new WhatIfChangeRow("RETURN", r.accreditation().name(), r.officers(), null, null,
                    null, null, null, null, null, null);
            case WhatIfChange.ThreatLevelChange t -> new WhatIfChangeRow("THREAT_LEVEL", null, null, t.level().name(), null,
                    null, null, null, null, null, null);
            case WhatIfChange.AddSite a -> new WhatIfChangeRow("ADD_SITE", a.accreditation().name(), null, null, a.site(),
                    a.name(), a.posts(), a.unit(), null, null, null);
            case WhatIfChange.MutualAidArrives m -> new WhatIfChangeRow("MUTUAL_AID", m.accreditation().name(), m.officers(),
                    null, null, null, null, null, m.counterTerrorism(), null, null);
            case WhatIfChange.CancelTraining c -> new WhatIfChangeRow("CANCEL_TRAINING", null, null, null, null, null, null,
                    null, null, c.week(), c.places());
        };
    }

    public WhatIfChange change() {
        if (type == null) {
            throw new IllegalArgumentException("type: one of STEP_BACK, RETURN, THREAT_LEVEL, ADD_SITE, MUTUAL_AID, "
                    + "CANCEL_TRAINING");
        }
        Accreditation role = accreditation == null ? null : Accreditation.parse(accreditation);
        int count = officers == null ? 0 : officers;
        return switch (type.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "STEP_BACK" -> new WhatIfChange.StepBack(role, count);
            case "RETURN" -> new WhatIfChange.Return(role, count);
            case "THREAT_LEVEL" -> new WhatIfChange.ThreatLevelChange(level == null ? null : ThreatLevel.parse(level));
            case "ADD_SITE" -> new WhatIfChange.AddSite(site, name, role, posts == null ? 0 : posts, unit);
            case "MUTUAL_AID" -> new WhatIfChange.MutualAidArrives(role, count, Boolean.TRUE.equals(counterTerrorism));
            case "CANCEL_TRAINING" -> new WhatIfChange.CancelTraining(week == null ? 0 : week, places == null ? 0 : places);
            default -> throw new IllegalArgumentException("type: '" + type + "' is not one of STEP_BACK, RETURN, "
                    + "THREAT_LEVEL, ADD_SITE, MUTUAL_AID, CANCEL_TRAINING");
        };
    }
}
