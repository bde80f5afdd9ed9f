package uk.arcs.reporting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How report templates print instants and figures: local time in the force's zone, with the zone named. */
public final class ReportFormat {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    private final ZoneId zone;

    ReportFormat(ZoneId zone) {
        this.zone = zone;
    }

    public String zone() {
        return zone.getId();
    }

    /** Such as "Sun 24 Sep 2023 02:00 BST"; empty for no instant. */
    public String when(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(LOCAL);
    }

    public String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** A figure that may not have been published: a dash where there is none. */
    public String figure(Integer n) {
        return n == null ? "–" : number(n);
    }

    /** A share as a whole percentage, as the Home Office prints it: 0.2 is "20%"; one too small to show is "<1%". */
    public String percent(double share) {
        long percent = Math.round(share * 100);
        return percent == 0 && share > 0 ? "<1%" : percent + "%";
    }

    /** A difference with its sign: +3, -2, 0. */
    public String signed(int n) {
        return n > 0 ? "+" + number(n) : number(n);
    }

    public String of(int available, int required) {
        return number(available) + " of " + number(required);
    }

    public String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
