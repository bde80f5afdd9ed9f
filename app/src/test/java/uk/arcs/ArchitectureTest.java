package uk.arcs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each module's base package holds its domain model and ports: plain Java, so the rules can be read and
 * tested without a framework. Spring and JDBC live in adapter subpackages (jdbc, web, spring, cli). The
 * security module is an adapter through and through and is left out.
 */
class ArchitectureTest {

    private static final JavaClasses ARCS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.arcs");

    private static final String[] DOMAIN_PACKAGES = {"uk.arcs.common", "uk.arcs.force", "uk.arcs.officer",
            "uk.arcs.posture", "uk.arcs.capability", "uk.arcs.mutualaid", "uk.arcs.military", "uk.arcs.command",
            "uk.arcs.forecast", "uk.arcs.reporting", "uk.arcs.scenario", "uk.arcs.simulation", "uk.arcs.planning",
            "uk.arcs.dashboard", "uk.arcs.identity", "uk.arcs.audit", "uk.arcs.idempotency"};

    @Test
    void domainCodeImportsNoSpringOrJdbc() {
        noClasses().that().resideInAnyPackage(DOMAIN_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "jakarta.servlet..")
                .check(ARCS);
    }

    @Test
    void controllersAreNotPartOfAnyModuleApi() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().notBePublic()
                .check(ARCS);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().notBePublic()
                .andShould().resideInAPackage("..jdbc..")
                .check(ARCS);
    }
}
