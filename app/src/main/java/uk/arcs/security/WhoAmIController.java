package uk.arcs.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is logged in as: clients use it to choose what to show. */
@RestController
class WhoAmIController {

    record Identity(String username, Role role, String force) {
    }

    @GetMapping("/api/v1/whoami")
    Identity whoami(@AuthenticationPrincipal ArcsUser user) {
        return new Identity(user.username(), user.role(), user.force());
    }
}
