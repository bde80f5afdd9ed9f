package uk.arcs.force;

import java.util.regex.Pattern;

/** An operational unit of a force, such as the ARV teams of the Specialist Firearms Command. */
public record Unit(ForceCode force, String code, String name, String command) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public Unit {
        if (force == null) {
            throw new IllegalArgumentException("a unit belongs to a force");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("unit code must be capitals, digits or underscores: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unit " + code + " needs a name");
        }
        command = command == null ? "" : command;
    }
}
