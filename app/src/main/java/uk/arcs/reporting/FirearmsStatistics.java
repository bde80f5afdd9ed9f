package uk.arcs.reporting;

import java.util.List;

/**
 * Home Office style annual figures for the year from 1 April {@code year} to 31 March. England and Wales
 * totals are the published figures where ARCS holds them (source named), otherwise what ARCS recorded;
 * a force's figure likewise.
 */
public record FirearmsStatistics(int year, String period, Totals englandAndWales, List<ForceLine> forces) {

    public record Totals(int operations, Integer arvOperations, Integer discharges, Integer armedOfficers,
                         Integer deployableOfficers, String source) {
    }

    /** {@code share}: the force's operations over England and Wales's, rounded to a thousandth. */
    public record ForceLine(String force, int operations, Integer arvOperations, Integer discharges, double share,
                            String source) {
    }
}
