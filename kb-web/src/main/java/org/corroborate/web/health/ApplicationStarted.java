package org.corroborate.web.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the application has finished starting: its services (the startup singletons that migrate the schema, load
 * the demo and open the search index) are initialized before its web module starts. Until then the readiness checks
 * answer DOWN without calling a service: Payara Micro serves {@code /health} while the application is still being
 * deployed, and a probe that reached a startup singleton then made the container initialize it on the probe's thread,
 * which failed and left the singleton unusable until a restart (readiness DOWN for good).
 */
@WebListener
public class ApplicationStarted implements ServletContextListener {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        STARTED.set(true);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        STARTED.set(false);
    }

    static boolean isStarted() {
        return STARTED.get();
    }
}
