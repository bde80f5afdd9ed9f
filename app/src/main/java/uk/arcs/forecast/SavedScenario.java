package uk.arcs.forecast;

import java.time.Instant;
import java.util.List;

/** A named what-if scenario of a force, kept so it can be run again and compared. Never overwritten. */
public record SavedScenario(long id, String force, String name, Instant at, List<WhatIfChange> changes,
                            String createdBy, Instant createdAt) {

    public SavedScenario {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("name: a scenario name of at most 100 characters");
        }
        changes = List.copyOf(changes);
    }
}
