package uk.arcs.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the first draft of a public statement from the figures, in plain and factual sentences: how many firearms
 * officers the force has and how many have stepped back, whether counter-terrorism cover is met, how many armed
 * response vehicles its own officers can crew against its normal posture, mutual aid, the military contingency and
 * the threat level. It never says which protected posts or how many counter-terrorism officers are short: a public
 * statement must not map a gap for anyone who would exploit it. The press office edits from here.
 */
public final class StatementWriter {

    /** A stand-down older than this is no longer news. */
    static final Duration STAND_DOWN_NEWS = Duration.ofDays(7);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private StatementWriter() {
    }

    /** A published statement that a new one corrects. */
    public record Correction(int number, Instant publishedAt) {
    }

    public static String write(Figures figures) {
        return write(figures, null);
    }

    public static String write(Figures f, Correction corrects) {
        ZoneId zone = ZoneId.of(f.zone());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(f.forceName() + ": armed policing update at " + when(f.at(), zone));
        if (corrects != null) {
            paragraphs.add("This statement corrects statement " + corrects.number() + ", published at "
                    + when(corrects.publishedAt(), zone) + ".");
        }
        paragraphs.add(officers(f.officers()));
        String cover = String.join(" ", nonEmpty(counterTerrorism(f.counterTerrorism()), arv(f.arv()), sites(f.sites())));
        if (!cover.isEmpty()) {
            paragraphs.add(cover);
        }
        String support = String.join(" ", nonEmpty(mutualAid(f), military(f.military(), f.at())));
        if (!support.isEmpty()) {
            paragraphs.add(support);
        }
        paragraphs.add("The national terrorism threat level is " + f.threatLevel().name().toLowerCase(Locale.ROOT) + ".");
        return String.join("\n\n", paragraphs);
    }

    private static String officers(Figures.Officers o) {
        if (o.total() == 0) {
            return "The force has no firearms officers on record.";
        }
        String has = "The force has " + count(o.total(), "firearms officer", "firearms officers") + ".";
        if (o.steppedBack() == 0) {
            return has + " None of them has stepped back from armed duties, and " + number(o.authorised()) + " "
                    + (o.authorised() == 1 ? "is" : "are") + " authorised to carry a firearm.";
        }
        return has + " Of these, " + number(o.steppedBack()) + " " + (o.steppedBack() == 1 ? "has" : "have")
                + " chosen to step back from armed duties, and " + number(o.authorised()) + " "
                + (o.authorised() == 1 ? "remains" : "remain") + " authorised to carry a firearm.";
    }

    private static String counterTerrorism(Figures.CounterTerrorism ct) {
        if (ct.required() == 0) {
            return "";
        }
        if (ct.shortfall() == 0) {
            return "The force is providing all the counter-terrorism armed cover it requires with its own officers.";
        }
        if (ct.shortfallAfterMutualAid() == 0) {
            return "All the counter-terrorism armed cover it requires is in place, with officers from other forces "
                    + "providing part of it.";
        }
        return "The force cannot at present provide all the counter-terrorism armed cover it requires from police "
                + "officers.";
    }

    private static String arv(Figures.Arv arv) {
        if (arv.carsRequired() == 0) {
            return "";
        }
        String vehicles = arv.carsRequired() == 1 ? "armed response vehicle" : "armed response vehicles";
        if (arv.carsAvailable() >= arv.carsRequired()) {
            return "Its own officers can crew all " + number(arv.carsRequired()) + " " + vehicles
                    + " that its normal posture requires.";
        }
        String own = "Its own officers can crew " + number(arv.carsAvailable()) + " of the "
                + number(arv.carsRequired()) + " " + vehicles + " that its normal posture requires.";
        int withAid = Math.min(arv.carsWithMutualAid(), arv.carsRequired());
        if (withAid <= arv.carsAvailable()) {
            return own;
        }
        return own + " With officers from other forces, " + (withAid == arv.carsRequired() ? "all " : "")
                + number(withAid) + " can be crewed.";
    }

    private static String sites(Figures.Sites sites) {
        return sites.required() > 0 && sites.withShortfallAfterMutualAid() == 0
                ? "Armed officers are in place at every protected site the force is responsible for."
                : "";
    }

    private static String mutualAid(Figures f) {
        int officers = f.mutualAid().officers();
        if (officers == 0) {
            return f.postureMet() ? "The force is meeting its minimum armed posture with its own officers and needs no "
                    + "support from other forces." : "";
        }
        int forces = f.mutualAid().byDonor().size();
        return count(officers, "armed officer", "armed officers") + " from "
                + (forces == 1 ? "one other police force " : number(forces) + " other police forces ")
                + (officers == 1 ? "is" : "are") + " supporting the force under mutual aid.";
    }

    private static String military(Figures.Military military, Instant at) {
        return switch (military.state()) {
            case "REQUESTED" -> "The Home Office has asked the Ministry of Defence for military counter-terrorism "
                    + "support as a contingency.";
            case "STANDBY" -> "Military personnel are on standby to support counter-terrorism policing as a "
                    + "contingency. They would be called on only if no suitable police response were available, and "
                    + "would take no part in routine policing.";
            case "ACTIVATED" -> "Military personnel are supporting the police response to a specific "
                    + "counter-terrorism incident. They take no part in routine policing.";
            case "STOOD_DOWN" -> military.since() != null
                    && Duration.between(military.since(), at).compareTo(STAND_DOWN_NEWS) <= 0
                    ? "The military counter-terrorism contingency has been stood down." : "";
            default -> "";
        };
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME) + " on " + instant.atZone(zone).format(DAY);
    }

    private static String count(int n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static List<String> nonEmpty(String... sentences) {
        return java.util.Arrays.stream(sentences).filter(s -> !s.isEmpty()).toList();
    }
}
