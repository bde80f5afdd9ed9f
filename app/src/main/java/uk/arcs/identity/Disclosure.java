package uk.arcs.identity;

import java.util.List;

/** An identity opened for the identity administrator, with the record it came from and every version's record. */
public record Disclosure(IdentityRecord record, Identity identity, long accessId, List<IdentityRecord> history) {

    public Disclosure {
        history = List.copyOf(history);
    }

    @Override
    public String toString() {
        return "Disclosure[" + record.label() + ", access " + accessId + "]";
    }
}
