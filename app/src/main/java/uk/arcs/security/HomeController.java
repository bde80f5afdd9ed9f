package uk.arcs.security;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a login lands: the first screen the user's role may open. */
@Controller
class HomeController {

    @GetMapping("/home")
    String home(@AuthenticationPrincipal ArcsUser user) {
        List<Screen> screens = Screen.openTo(user);
        return screens.isEmpty() ? "home" : "redirect:" + screens.getFirst().path();
    }
}
