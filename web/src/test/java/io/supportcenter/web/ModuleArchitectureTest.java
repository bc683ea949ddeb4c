package io.supportcenter.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module walls (STYLE.md): Maven's runtime scope already keeps persistence off the web tier's
 * compile path; this holds the same rule for every class, whatever a future pom says, and the domain
 * below both.
 */
class ModuleArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.supportcenter");

    /** Else the rules below would hold of nothing. */
    @Test
    void seesEveryModule() {
        for (String module : new String[] {"domain", "persistence", "web"}) {
            assertTrue(PORTAL.containPackage("io.supportcenter." + module), module);
        }
    }

    @Test
    void theWebTierNeverReachesPersistence() {
        noClasses().that().resideInAPackage("io.supportcenter.web..")
                .should().dependOnClassesThat().resideInAPackage("io.supportcenter.persistence..").check(PORTAL);
    }

    @Test
    void persistenceKnowsNothingOfTheWebTier() {
        noClasses().that().resideInAPackage("io.supportcenter.persistence..")
                .should().dependOnClassesThat().resideInAPackage("io.supportcenter.web..").check(PORTAL);
    }

    @Test
    void theDomainKnowsNeitherPersistenceNorTheWebTier() {
        noClasses().that().resideInAPackage("io.supportcenter.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.supportcenter.persistence..", "io.supportcenter.web..")
                .check(PORTAL);
    }
}
