package org.parley.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded with its Bolt connector, bound to loopback only.
 *
 * Configured from the environment: PARLEY_NEO4J_PORT (default 7687), PARLEY_NEO4J_DATA (the store folder),
 * NEO4J_PASSWORD (the password of the neo4j user), PARLEY_NEO4J_PAGECACHE (e.g. 512m).
 * Prints "PARLEY_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections. Stops cleanly on SIGTERM,
 * SIGINT, or when standard input closes, so that it never outlives the script that started it.
 */
public final class EmbeddedNeo4j {
    private static final String LOOPBACK = "127.0.0.1";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | LinkageError failure) {
            // Neo4j's own threads would keep a failed launcher alive: exit, which runs the shutdown hook.
            System.err.println("PARLEY_NEO4J_FAILED " + failure);
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        int port = Integer.parseInt(env("PARLEY_NEO4J_PORT", "7687"));
        Path dataDir = Path.of(env("PARLEY_NEO4J_DATA", ".data/neo4j")).toAbsolutePath();
        String password = env("NEO4J_PASSWORD", "parley-local");
        long pageCacheBytes = parseBytes(env("PARLEY_NEO4J_PAGECACHE", "512m"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("PARLEY_NEO4J_STOPPING");
            dbms.shutdown();
            System.out.println("PARLEY_NEO4J_STOPPED");
        }, "neo4j-shutdown"));

        setPassword(dbms, password);

        waitForBolt(port, Duration.ofSeconds(60));
        System.out.println("PARLEY_NEO4J_READY bolt://" + LOOPBACK + ":" + port);
        System.out.flush();

        exitWhenStdinCloses();
    }

    /** Set on every start, so that NEO4J_PASSWORD is the one source of truth. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException unchanged) {
            // Neo4j refuses to "change" a password to the one it already has: that is the state we want.
            if (!String.valueOf(unchanged.getMessage()).contains("cannot be the same")) {
                throw unchanged;
            }
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Bolt did not accept connections on port " + port, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void exitWhenStdinCloses() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // Input is ignored; only its end matters.
        }
        System.exit(0);
    }

    private static long parseBytes(String text) {
        String value = text.trim().toLowerCase();
        char unit = value.charAt(value.length() - 1);
        long amount = Character.isDigit(unit) ? Long.parseLong(value) : Long.parseLong(value.substring(0, value.length() - 1));
        return switch (unit) {
            case 'k' -> ByteUnit.kibiBytes(amount);
            case 'm' -> ByteUnit.mebiBytes(amount);
            case 'g' -> ByteUnit.gibiBytes(amount);
            default -> amount;
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
