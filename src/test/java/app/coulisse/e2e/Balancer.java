package app.coulisse.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy running the repository's {@code deploy/haproxy.cfg} (the README's configuration, as written) in
 * front of two app servers; its runtime socket says which servers it sends to.
 */
final class Balancer implements Site, AutoCloseable {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path CONFIG = Path.of("deploy/haproxy.cfg");

    private final Process process;
    private final Path socket;
    private final int port;

    private Balancer(Process process, Path socket, int port) {
        this.process = process;
        this.socket = socket;
        this.port = port;
    }

    /** Starts HAProxy in the foreground before app1 and app2, and returns once it reports both UP. */
    static Balancer start(ProductionServer app1, ProductionServer app2, Path outputDir)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("No HAProxy at " + HAPROXY + ": apt-get install haproxy (.ci/run does)");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path socket = Files.createTempDirectory("coulisse-lb").resolve("haproxy.sock");
        ProcessBuilder builder = new ProcessBuilder(List.of(HAPROXY.toString(), "-db", "-f", CONFIG.toString()));
        builder.environment().put("COULISSE_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("COULISSE_LB_SOCKET", socket.toString());
        builder.environment().put("COULISSE_APP1", app1.address());
        builder.environment().put("COULISSE_APP2", app2.address());
        Process process = builder.redirectErrorStream(true).redirectOutput(outputDir.resolve("haproxy.log").toFile())
                .start();
        Balancer balancer = new Balancer(process, socket, port);
        balancer.awaitStatus("app1", "UP", Duration.ofSeconds(30));
        balancer.awaitStatus("app2", "UP", Duration.ofSeconds(30));
        return balancer;
    }

    @Override
    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits until the balancer reports that server (app1, app2) in that state (UP, DOWN); answers how long it took. */
    Duration awaitStatus(String server, String status, Duration patience) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped with exit code " + process.exitValue());
            }
            if (status.equals(status(server))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("HAProxy did not report " + server + " " + status + " within " + patience
                + " (it says " + status(server) + ")");
    }

    /** The server's state in HAProxy's {@code show stat} (CSV: proxy, server, … status in column 18). */
    String status(String server) {
        String stats;
        try {
            stats = command("show stat");
        } catch (IOException notListeningYet) {
            return "unknown";
        }
        for (String line : stats.split("\n")) {
            String[] columns = line.split(",");
            if (columns.length > 17 && columns[0].equals("coulisse_servers") && columns[1].equals(server)) {
                return columns[17];
            }
        }
        return "unknown";
    }

    private String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                answer.append(StandardCharsets.US_ASCII.decode(buffer.flip()));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
