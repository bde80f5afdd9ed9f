package uk.arcs.capability.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/** The minimal page: the picture of a chosen force at a chosen instant. */
@Controller
class PictureController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", java.util.Locale.ENGLISH);

    private final CapabilityService capability;
    private final ForceDirectory forces;

    PictureController(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    @GetMapping("/")
    String picture(@RequestParam(required = false) String force, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String knownAt, Model model) {
        List<Force> all = forces.all();
        model.addAttribute("forces", all);
        if (all.isEmpty()) {
            return "index";
        }
        Force chosen = force == null || force.isBlank()
                ? all.stream().filter(f -> f.code().value().equals("MET")).findFirst().orElse(all.getFirst())
                : forces.require(ForceCode.of(force));
        CapabilityPicture picture = capability.picture(chosen.code(), CapabilityController.instant(at, chosen),
                CapabilityController.instant(knownAt, chosen));
        ZoneId zone = chosen.zone();
        model.addAttribute("force", chosen);
        model.addAttribute("picture", picture);
        model.addAttribute("atLocal", local(picture.at(), zone));
        model.addAttribute("knownAtLocal", local(picture.knownAt(), zone));
        model.addAttribute("atInput", picture.at().atZone(zone).toLocalDateTime().withSecond(0).withNano(0).toString());
        model.addAttribute("shiftLocal", picture.shift() == null ? "no shift"
                : picture.shift().name() + " " + local(picture.shift().start(), zone) + " to "
                + picture.shift().end().atZone(zone).toLocalTime());
        return "index";
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(LOCAL) + " (" + zone.getId() + ")";
    }
}
