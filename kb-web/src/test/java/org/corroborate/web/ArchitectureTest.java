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

    @Test
    void whatSessionsHoldCanBeReplicated() {
        // a cluster replicates each session, with the views and view-scoped beans Faces keeps in it, on the Data
        // Grid: one field that cannot be serialized and the session is not saved, so a member whose node dies
        // loses it (injected beans are proxies the container serializes by themselves)
        Set<String> problems = new java.util.TreeSet<>();
        for (JavaClass bean : classes) {
            if (!bean.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                    && !bean.isAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)) {
                continue;
            }
            Class<?> type = bean.reflect();
            if (!java.io.Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(jakarta.inject.Inject.class)) {
                    continue;
                }
                serializable(field.getGenericType(), type.getSimpleName() + "." + field.getName(), new HashSet<>(), problems);
            }
        }
        assertEquals(Set.of(), problems);
    }

    private static void serializable(java.lang.reflect.Type type, String path, Set<Class<?>> seen, Set<String> problems) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            serializable(parameterized.getRawType(), path, seen, problems);
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                serializable(argument, path + "<>", seen, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || !seen.add(raw)) {
            return;
        }
        if (raw.isArray()) {
            serializable(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (raw.isInterface() || raw.getName().startsWith("java.")) {
            // collections and values of the JDK: what they hold is checked through their type arguments
            return;
        }
        if (!java.io.Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (raw.getName().startsWith("org.corroborate.")) {
            for (java.lang.reflect.Field field : raw.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        && !java.lang.reflect.Modifier.isTransient(field.getModifiers())) {
                    serializable(field.getGenericType(), path + "." + field.getName(), seen, problems);
                }
            }
        }
    }
}
