/**
 * Spring and servlet adapters shared by the modules; {@link uk.arcs.common.spring.BufferedBody} is what other
 * modules' filters may use.
 */
@org.springframework.modulith.NamedInterface("spring")
package uk.arcs.common.spring;
