package uk.arcs.force;

/** Asked about a force ARCS does not hold. */
public class UnknownForceException extends uk.arcs.common.NotFoundException {

    public UnknownForceException(ForceCode code) {
        super("unknown force " + code);
    }
}
