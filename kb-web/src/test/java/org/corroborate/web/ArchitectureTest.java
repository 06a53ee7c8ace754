package org.corroborate.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.corroborate.model.shared.StorableText;
import org.corroborate.service.access.Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Keeps the layers honest: the model knows nothing above it, transactions begin in services, the web reads through
 * services, and what services take is checked at their boundary.
 */
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
    void everyRecordTheServicesValidateRefusesTextTheDatabaseCannotHold() {
        // the commands and filters that public service methods validate (@Valid), and the records validated within
        // them: their text is refused at the boundary when PostgreSQL cannot store it, for the API, the pages and the
        // CSV import alike
        Set<Class<?>> validated = new HashSet<>();
        for (JavaClass service : classes) {
            if (service.isAnnotatedWith(Stateless.class)) {
                for (Method method : service.reflect().getMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        validatedRecords(parameter.getAnnotatedType(), parameter.isAnnotationPresent(Valid.class), validated);
                    }
                }
            }
        }
        assertFalse(validated.isEmpty());
        assertEquals(Set.of(), validated.stream().filter(r -> !r.isAnnotationPresent(StorableText.class))
                .map(Class::getName).collect(Collectors.toSet()), "validated records without @StorableText");
    }

    /** Adds the records that Bean Validation cascades to through this type, and through their components. */
    private static void validatedRecords(AnnotatedType type, boolean cascaded, Set<Class<?>> found) {
        boolean valid = cascaded || type.isAnnotationPresent(Valid.class);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                validatedRecords(argument, valid, found);
            }
        }
        if (valid && type.getType() instanceof Class<?> record && record.isRecord() && found.add(record)) {
            for (RecordComponent component : record.getRecordComponents()) {
                validatedRecords(component.getAnnotatedType(), component.getAccessor().isAnnotationPresent(Valid.class), found);
            }
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        // every package of every layer, one slice each: claim -> measure is fine, but then never measure -> claim
        // (cross-referencing reacts to claim and measure changes through CDI events instead of being called)
        slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyByServices() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.corroborate.service..")
                .check(classes);
    }
}
