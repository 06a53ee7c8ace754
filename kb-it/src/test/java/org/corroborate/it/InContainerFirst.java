package org.corroborate.it;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

import java.util.Comparator;

/**
 * Runs the {@link InContainer} classes before every other IT class of the run, keeping the order failsafe gave
 * within each kind. The in-container classes' deployment starts the run's one server ({@link SuiteContainer}); the
 * black-box classes then use it. Named in junit-platform.properties.
 */
public final class InContainerFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor type) -> !type.isAnnotated(InContainer.class)));
    }
}
