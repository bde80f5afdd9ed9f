package uk.arcs.common;

/** Publishes what happened in one module to the others that listen. */
@FunctionalInterface
public interface DomainEvents {

    void publish(Object event);
}
