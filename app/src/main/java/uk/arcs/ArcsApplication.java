package uk.arcs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ARCS: the Armed Response Capability System. {@link ArcsLauncher} is the entry point; this class only
 * marks the root of the modules (one top-level package per capability).
 */
@SpringBootApplication
public class ArcsApplication {
}
