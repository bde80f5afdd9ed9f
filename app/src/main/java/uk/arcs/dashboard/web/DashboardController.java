package uk.arcs.dashboard.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/**
 * The command dashboard: a force's picture at a chosen instant, as known at a chosen instant. Without
 * {@code knownAt} it shows what is known now and refreshes itself when anything is recorded for the force.
 */
@Controller
class DashboardController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final CapabilityService capability;
    private final ForceDirectory forces;

    DashboardController(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                     @RequestParam(required = false) String knownAt, Model model) {
        List<Force> all = forces.all();
        model.addAttribute("forces", all);
        if (all.isEmpty()) {
            return "dashboard";
        }
        describe(chosen(force, all), at, knownAt, model);
        return "dashboard";
    }

    /** The figures alone, for the page to fetch again when the live feed says they changed. */
    @GetMapping("/dashboard/picture")
    String picture(@RequestParam String force, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String knownAt, Model model) {
        describe(forces.require(ForceCode.of(force)), at, knownAt, model);
        return "dashboard :: picture";
    }

    private Force chosen(String force, List<Force> all) {
        if (force == null || force.isBlank()) {
            return all.stream().filter(f -> f.code().value().equals("MET")).findFirst().orElse(all.getFirst());
        }
        return forces.require(ForceCode.of(force));
    }

    private void describe(Force force, String at, String knownAt, Model model) {
        CapabilityPicture picture = capability.picture(force.code(), instant(at, force), instant(knownAt, force));
        ZoneId zone = force.zone();
        model.addAttribute("force", force);
        model.addAttribute("picture", picture);
        model.addAttribute("atParam", blankToNull(at));
        model.addAttribute("knownAtParam", blankToNull(knownAt));
        model.addAttribute("live", blankToNull(knownAt) == null);
        model.addAttribute("atLocal", local(picture.at(), zone));
        model.addAttribute("knownAtLocal", local(picture.knownAt(), zone));
        model.addAttribute("atInput", picture.at().atZone(zone).toLocalDateTime().withSecond(0).withNano(0).toString());
        model.addAttribute("shiftLocal", picture.shift() == null ? "no shift"
                : picture.shift().name() + " " + local(picture.shift().start(), zone) + " to "
                + picture.shift().end().atZone(zone).toLocalTime());
    }

    private static Instant instant(String text, Force force) {
        return text == null || text.isBlank() ? null : Instants.parse(text, force.zone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(LOCAL) + " (" + zone.getId() + ")";
    }
}
