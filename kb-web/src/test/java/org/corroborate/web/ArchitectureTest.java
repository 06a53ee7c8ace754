package org.corroborate.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.corroborate.service.access.Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** Keeps the layers honest: the model knows nothing above it, transactions begin in services, the web reads through services. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.corroborate");
    }

    @Test
    void theModelDependsOnlyOnPersistenceAndValidation() {
        classes().that().resideInAPackage("org.corroborate.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.corroborate.model..", "java..", "jakarta.persistence..", "jakarta.validation..")
                .check(classes);
    }

    @Test
    void servicesNeverCallTheWebLayer() {
        noClasses().that().resideInAPackage("org.corroborate.service..")
                .should().dependOnClassesThat().resideInAPackage("org.corroborate.web..")
                .check(classes);
    }

    @Test
    void transactionsBeginOnlyInServices() {
        noClasses().that().resideOutsideOfPackage("org.corroborate.service..")
                .should().beAnnotatedWith(Stateless.class)
                .orShould().beAnnotatedWith(Singleton.class)
                .orShould().beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void applicationWideBeansNeverHoldARequestsReader() {
        // a Reader is not proxied: one injected into an application-wide bean would be the first caller's, for
        // everyone (a view's or a session's belongs to one browser's session, which signing in renews)
        noFields().that().haveRawType(Reader.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .check(classes);
    }

    @Test
    void theWebNeverTouchesEntitiesOrTheDatabase() {
        noClasses().that().resideInAPackage("org.corroborate.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyByServices() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.corroborate.service..")
                .check(classes);
    }
}
