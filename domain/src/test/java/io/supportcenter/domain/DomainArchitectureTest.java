package io.supportcenter.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain's own rules (STYLE.md, modules): it is plain Java on the Jakarta APIs, and its feature
 * packages form a hierarchy, never a cycle, so that each can be read and changed from below.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.supportcenter.domain");

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("io.supportcenter.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    /**
     * javax.crypto is the JDK's; zxcvbn is a library of password dictionaries and patterns, not a
     * framework, and the password policy that uses it is a domain rule.
     */
    @Test
    void dependsOnTheJakartaApisAndNoFramework() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "io.supportcenter.domain..", "java..", "javax.crypto..", "jakarta..", "com.nulabinc.zxcvbn..").check(DOMAIN);
    }
}
