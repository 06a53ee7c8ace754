package org.corroborate.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Arquillian deploys the in-container ITs' one deployment ({@link Deployments#inContainer()}): a Payara Micro
 * started by {@link TestServer} with that WAR, which the black-box ITs then talk to as well. So a run starts one
 * server, not one for each kind of class, and both kinds meet a server started the same way (the run's environment,
 * the mail port of {@code NotificationsIT}, the log {@code target/it-server.log} that {@code HostileRequestsIT} reads).
 * The in-container classes run first ({@link InContainerFirst}); the server stops when the run ends.
 *
 * <p>It replaces Payara's own managed container (arquillian-payara-micro-managed, which still brings the servlet
 * protocol the tests are called through) by {@link Extension}, registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class SuiteContainer implements DeployableContainer<SuiteContainer.Configuration> {

    /** The Arquillian servlet the in-container tests are called through (arquillian-protocol-servlet-jakarta). */
    private static final String TEST_SERVLET = "ArquillianServletRunnerEE9";

    private MicroServer server;

    /** Puts this container in place of Payara's managed one. */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SuiteContainer.class);
        }
    }

    /** Nothing to configure: the server is started as {@link TestServer} starts every server of the ITs. */
    public static final class Configuration implements ContainerConfiguration {

        @Override
        public void validate() {
            // every setting comes from the run's system properties and environment, as for the black-box server
        }
    }

    @Override
    public Class<Configuration> getConfigurationClass() {
        return Configuration.class;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Path war = Path.of(System.getProperty("java.io.tmpdir"), "in-container-deployment", archive.getName());
        try {
            Files.createDirectories(war.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        try {
            server = TestServer.start(war.toFile(), "the in-container and black-box ITs");
        } catch (RuntimeException e) {
            throw new DeploymentException("could not start Payara Micro with " + war, e);
        }
        HTTPContext http = new HTTPContext("localhost", server.base().getPort());
        http.add(new Servlet(TEST_SERVLET, "/"));
        return new ProtocolMetaData().addContext(http);
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (server == null) {
            return;
        }
        try {
            TestServer.stop(server);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("interrupted while stopping " + server.base(), e);
        } finally {
            server = null;
        }
    }
}
