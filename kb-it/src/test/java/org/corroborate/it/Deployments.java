package org.corroborate.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the in-container ITs ({@link InContainer}): the WAR the build produced, as users get it,
 * plus every in-container test class, the client helpers their {@code @RunAsClient} methods share, and the files
 * they read. Deployed once per run by the Arquillian suite extension: arquillian.xml names this class (the
 * benchmarks' arquillian-bench.xml does not, so each benchmark has a deployment of its own). The server it runs in
 * is also the one the black-box ITs use ({@link SuiteContainer}), so the extra classes and files are all it adds to
 * the WAR users get: no page, resource or API of the application changes.
 */
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive inContainer() {
        return application(InContainer.class, AccountsIT.class, ClaimContributionIT.class, ClaimImportIT.class,
                        ConditionalRequestsIT.class, EditorsIT.class, KnowledgeBaseIT.class,
                        SourceContributionIT.class, SourceTextIT.class)
                .addClasses(WebClient.class, Http.class)
                .addAsResource("imports/good.csv")
                .addAsResource("imports/two-bad-rows.csv")
                .addAsResource("imports/unknown-references.csv")
                .addAsResource("bibliography/good.bib")
                .addAsResource("bibliography/good.ris")
                .addAsResource("bibliography/good.json")
                .addAsResource("bibliography/malformed.bib")
                .addAsResource("bibliography/failures.ris")
                .addAsResource("bibliography/failures.bib")
                .addAsResource("bibliography/failures.json");
    }

    /** The kb-web WAR copied to target/ before the ITs run, plus the given test classes. */
    public static WebArchive application(Class<?>... testClasses) {
        String path = System.getProperty("kb.it.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("kb.it.war does not name the built WAR (" + path
                    + "); run the ITs from the root: mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path)).addClasses(testClasses);
    }
}
