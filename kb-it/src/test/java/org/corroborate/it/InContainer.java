package org.corroborate.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An IT class whose tests run inside the server (they {@code @Inject} services) or mix that with client calls
 * ({@code @RunAsClient}). Every such class shares one Arquillian deployment, {@link Deployments#inContainer()},
 * deployed once per run (the Arquillian suite extension, configured in arquillian.xml) into the run's one server
 * ({@link SuiteContainer}); these classes run before the black-box ones ({@link InContainerFirst}), which then use
 * the same server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
@Tag(InContainer.TAG)
@interface InContainer {

    String TAG = "in-container";
}
