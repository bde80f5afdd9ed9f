package uk.arcs.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form, with "Log in with ..." when an OpenID Connect provider is configured. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class LoginPageController {

    private final ArcsSecurityProperties.Oidc oidc;

    LoginPageController(ArcsSecurityProperties properties) {
        this.oidc = properties.oidc();
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            model.addAttribute("error", message(request.getSession(false)));
        }
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        model.addAttribute("provider", oidc.enabled() ? oidc.name() : null);
        model.addAttribute("providerLink", "/oauth2/authorization/" + OidcLogin.REGISTRATION_ID);
        return "login";
    }

    /** What went wrong, in words safe to show: never an exception's internals. */
    private String message(HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginThrottledException throttled) {
            return throttled.getMessage();
        }
        if (failure instanceof OAuth2AuthenticationException refused) {
            return OidcLogin.REFUSED.equals(refused.getError().getErrorCode()) ? refused.getMessage()
                    : "Logging in with " + oidc.name() + " did not succeed. Try again, or ask your administrator.";
        }
        return "Wrong username or password.";
    }
}
