package uk.arcs.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of each chain. A request that some controller or actuator endpoint would serve but that no rule
 * above allowed is denied;
 * a logged-in user's request that no controller serves is let through, so that it gets its honest 404, 405 or 415
 * problem from the web layer (no handler runs for it). Anonymous requests are asked to log in either way.
 */
final class UnservedRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> controllers;
    private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

    UnservedRequests(ObjectProvider<RequestMappingInfoHandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(trust.isAuthenticated(authentication.get()) && !served(context.getRequest()));
    }

    private boolean served(HttpServletRequest request) {
        HttpServletRequest probe = new PrivateAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        return controllers.orderedStream().anyMatch(mapping -> {
            try {
                return mapping.getHandler(probe) != null;
            } catch (Exception noHandlerForThisMethodOrMediaType) {
                return false;
            }
        });
    }

    /** Keeps the attributes a handler lookup sets to itself, so the real dispatch starts clean. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> set = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (set.containsKey(name)) {
                return set.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(set.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            set.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            removed.add(name);
        }
    }
}
