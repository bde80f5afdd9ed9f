package uk.arcs.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The screens of the web interface and the roles that may open each. The navigation shows a user only
 * their screens, and the page security rules are built from the same list, so the two cannot disagree.
 */
public enum Screen {
    DASHBOARD("/", "Dashboard", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER, Role.SUPERVISOR,
            Role.PRESS_OFFICE, Role.NATIONAL_COORDINATOR)),
    OFFICERS("/officers", "Officers", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.SUPERVISOR)),
    MUTUAL_AID("/mutual-aid", "Mutual aid", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.NATIONAL_COORDINATOR)),
    MILITARY("/military", "Military", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.MILITARY_LIAISON,
            Role.NATIONAL_COORDINATOR)),
    PLANNER("/planner", "Planner", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.NATIONAL_COORDINATOR)),
    SIMULATION("/simulation", "Simulation", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.SUPERVISOR, Role.NATIONAL_COORDINATOR)),
    REPORTS("/reports", "Reports", EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.PRESS_OFFICE, Role.NATIONAL_COORDINATOR));

    private final String path;
    private final String title;
    private final Set<Role> roles;

    Screen(String path, String title, Set<Role> roles) {
        this.path = path;
        this.title = title;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public boolean openTo(Role role) {
        return roles.contains(role);
    }

    Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The request paths that belong to the screen: the page, its fragments and its live feed. */
    String[] pathPatterns() {
        return this == DASHBOARD ? new String[] {"/", "/dashboard/**", "/live/**"}
                : new String[] {path, path + "/**"};
    }

    /** The screens a role may open, in menu order; the first is where the role lands after logging in. */
    public static List<Screen> openTo(ArcsUser user) {
        return Arrays.stream(values()).filter(screen -> screen.openTo(user.role())).toList();
    }
}
