package uk.arcs.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's frame needs: who is logged in and the screens their role may open. Added only to
 * responses that render a view, so the JSON API pays nothing for it.
 */
@Configuration(proxyBeanMethods = false)
class PageFrame implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view == null || !view.hasView() || view.getViewName() == null
                        || view.getViewName().startsWith("redirect:")) {
                    return;
                }
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof ArcsUser user) {
                    view.addObject("currentUser", user);
                    view.addObject("screens", Screen.openTo(user));
                    view.addObject("currentPath", request.getRequestURI());
                }
            }
        });
    }
}
