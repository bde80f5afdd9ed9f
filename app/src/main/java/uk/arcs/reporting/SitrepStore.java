package uk.arcs.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.arcs.force.ForceCode;

/** Where issued situation reports are kept, each exactly as issued. They are only ever inserted. */
public interface SitrepStore {

    /** Inserts an issued report; a second report with the same force and number fails. */
    void insert(Sitrep issued);

    /** The force's issued reports in number order, without their contents. */
    List<Entry> index(ForceCode force);

    /** The report exactly as issued. */
    Optional<Sitrep> find(ForceCode force, int number);

    /** An issued report's number, the instant it describes, as known when, and who issued it when. */
    record Entry(String force, int number, Instant at, Instant knownAt, Instant issuedAt, String issuedBy, String role) {
    }
}
