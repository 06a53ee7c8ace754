package org.corroborate.service.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * This node's name in a cluster ({@code kb.node.name}, environment {@code KB_NODE_NAME}; the host name when unset):
 * what job rows and task slots record as the node that holds them, and what logs say. Two live nodes must not share a
 * name: each would take the other's jobs for its own.
 */
@ApplicationScoped
public class NodeName {

    /** The longest name the database keeps. */
    static final int MAX_LENGTH = 100;

    @Inject
    @ConfigProperty(name = "kb.node.name")
    Optional<String> configured;

    private String name;

    @PostConstruct
    void init() {
        String chosen = configured.map(String::strip).filter(n -> !n.isEmpty()).orElseGet(NodeName::hostName);
        name = chosen.length() > MAX_LENGTH ? chosen.substring(0, MAX_LENGTH) : chosen;
    }

    public String get() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
