package org.corroborate.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployment every IT uses: the WAR the build produced, as users get it. */
public final class Deployments {

    private Deployments() {
    }

    /** The kb-web WAR copied to target/ before the ITs run, plus the given test classes for in-container tests. */
    public static WebArchive application(Class<?>... testClasses) {
        String path = System.getProperty("kb.it.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("kb.it.war does not name the built WAR (" + path
                    + "); run the ITs from the root: mvn verify");
        }
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
        // in-container test classes may share the client helpers with their @RunAsClient methods
        return testClasses.length == 0 ? war : war.addClasses(testClasses).addClasses(WebClient.class, Http.class);
    }
}
