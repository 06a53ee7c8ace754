package org.corroborate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The deployment of docs/operations.md ("Running a cluster") started by a test: Payara Micro nodes that form one Data
 * Grid (explicit TCP/IP members on loopback), each with its own data directory, on the run's database, behind nginx
 * configured from the same template as {@code ops/cluster-up} ({@code ops/nginx/corroborate.conf.template}).
 *
 * <p>Everything it writes (node logs and data directories, nginx's prefix and cache) is under {@code dir}. A node can
 * be killed as a crash would ({@code SIGKILL}) and started again with the same name, port and data directory. The
 * front adds an {@code X-Upstream} header naming the node that answered, so that a test knows which one to kill.
 */
final class Cluster implements AutoCloseable {

    private static final Pattern MEMBERS = Pattern.compile("DG Size: (\\d+)");

    private final Path dir;
    private final String gridName = "kb-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Node> nodes = new ArrayList<>();
    private final Front front;

    private Cluster(Path dir, int count) {
        this.dir = dir.toAbsolutePath();
        List<Integer> gridPorts = IntStream.range(0, count).mapToObj(i -> MicroServer.freePort()).toList();
        String members = gridPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        for (int i = 0; i < count; i++) {
            String name = "node-" + (char) ('a' + i);
            nodes.add(new Node(name, MicroServer.freePort(), gridPorts.get(i), members, this.dir.resolve(name)));
        }
        front = new Front(this.dir.resolve("front"), MicroServer.freePort(), nodes);
    }

    /** Starts {@code count} nodes side by side and the front, and waits until every node is ready. */
    static Cluster start(Path dir, int count) {
        Cluster cluster = new Cluster(dir, count);
        try {
            cluster.nodes.forEach(Node::launch);
            CompletableFuture.allOf(cluster.nodes.stream().map(n -> CompletableFuture.runAsync(n::awaitReady))
                    .toArray(CompletableFuture[]::new)).join();
            cluster.front.start();
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The front's address (ending in a slash): where readers and members go. */
    URL front() {
        return front.base();
    }

    Node node(int index) {
        return nodes.get(index);
    }

    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The node listening on this {@code host:port} (as the front's X-Upstream header names it). */
    Node nodeAt(String upstream) {
        String address = upstream.contains(",") ? upstream.substring(upstream.lastIndexOf(',') + 1).strip() : upstream.strip();
        return nodes.stream().filter(n -> address.endsWith(":" + n.port)).findFirst()
                .orElseThrow(() -> new AssertionError("no node answers at " + upstream));
    }

    /** The files the front's cache holds: one per kept answer. */
    List<Path> keptFiles() {
        Path cache = front.cache;
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the front (SIGTERM, nginx's fast shutdown); its cache stays on disk. */
    void stopFront() {
        front.stop();
    }

    void startFront() {
        front.start();
    }

    @Override
    public void close() {
        front.stop();
        nodes.forEach(Node::stop);
    }

    /** One Payara Micro node: its name, HTTP port, Data Grid port and data directory stay the same across restarts. */
    final class Node {

        final String name;
        final int port;
        private final int gridPort;
        private final String members;
        private final Path dir;
        private MicroServer server;

        private Node(String name, int port, int gridPort, String members, Path dir) {
            this.name = name;
            this.port = port;
            this.gridPort = gridPort;
            this.members = members;
            this.dir = dir;
        }

        /** The node's own address, bypassing the front. */
        URL base() {
            return MicroServer.url("http://localhost:" + port + "/");
        }

        Path log() {
            return dir.resolve("server.log");
        }

        boolean alive() {
            return server != null && server.alive();
        }

        private void launch() {
            try {
                Files.createDirectories(dir.resolve("data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the node's log tells which start a line belongs to
            appendToLog("==== [cluster] starting " + name + " (HTTP " + port + ", Data Grid " + gridPort + ")");
            server = MicroServer.launch(port, List.of("--name", name, "--clustername", gridName,
                            "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                            "--startport", Integer.toString(gridPort),
                            // every node is on this one host: without it, Hazelcast keeps no backup of a session
                            // on another member of the same address, and a killed node's sessions are lost
                            "--nohostaware"),
                    Map.of("KB_DATA_DIR", dir.resolve("data").toString(), "KB_NODE_NAME", name), log());
        }

        private void awaitReady() {
            server.awaitReady();
        }

        /** Starts the node again (after {@link #kill()}) and waits until it is ready. */
        void restart() {
            if (alive()) {
                throw new IllegalStateException(name + " still runs");
            }
            launch();
            awaitReady();
        }

        /** Starts the node again without waiting; {@link #awaitStarted()} waits. */
        void relaunch() {
            launch();
        }

        void awaitStarted() {
            awaitReady();
        }

        /** Ends the node at once (SIGKILL), as a crash would. */
        void kill() {
            try {
                server.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void stop() {
            if (server != null) {
                try {
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The size of the Data Grid this node last logged ("Data Grid Status"); 0 before it logged one. */
        int gridMembers() {
            try {
                Matcher m = MEMBERS.matcher(Files.readString(log(), StandardCharsets.UTF_8));
                int size = 0;
                while (m.find()) {
                    size = Integer.parseInt(m.group(1));
                }
                return size;
            } catch (IOException e) {
                return 0;
            }
        }

        private void appendToLog(String line) {
            try {
                Files.writeString(log(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name + " (port " + port + ")";
        }
    }

    /** nginx in the foreground ({@code daemon off}), as a child process, with its own prefix under the cluster's directory. */
    private static final class Front {

        private final Path prefix;
        private final Path cache;
        private final int port;
        private final List<Node> nodes;
        private Process process;

        Front(Path prefix, int port, List<Node> nodes) {
            this.prefix = prefix;
            this.cache = prefix.resolve("cache");
            this.port = port;
            this.nodes = nodes;
        }

        URL base() {
            return MicroServer.url("http://localhost:" + port + "/");
        }

        void start() {
            Path template = Path.of(System.getProperty("kb.it.nginx.template", "../ops/nginx/corroborate.conf.template"));
            Path conf = prefix.resolve("nginx.conf");
            try {
                for (String sub : List.of("logs", "tmp", "html")) {
                    Files.createDirectories(prefix.resolve(sub));
                }
                Files.writeString(prefix.resolve("html/static.txt"), "a static file the front serves itself\n");
                String upstreams = nodes.stream()
                        .map(n -> "        server 127.0.0.1:" + n.port + " max_fails=1 fail_timeout=5s;")
                        .collect(Collectors.joining("\n"));
                Files.writeString(conf, Files.readString(template)
                        .replace("@LISTEN@", "127.0.0.1:" + port)
                        .replace("@UPSTREAMS@", upstreams)
                        .replace("@CACHE_DIR@", cache.toString())
                        .replace("@EXTRA_HEADERS@", "        add_header X-Upstream $upstream_addr always;"));
                String nginx = System.getProperty("kb.it.nginx", "/usr/sbin/nginx");
                process = new ProcessBuilder(nginx, "-p", prefix + "/", "-c", conf.toString(), "-e", "logs/error.log")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("logs/nginx.out").toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start nginx (apt-get install nginx)", e);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + prefix.resolve("logs"));
                }
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException e) {
                    sleep(100);
                }
            }
            throw new IllegalStateException("nginx did not listen on " + port + " within 30 s; see " + prefix.resolve("logs"));
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
