// Starts an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 for kg-explorer, and stops it when told to or orphaned.

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Usage: {@code java -cp 'classes:lib/*' KgNeo4j <homeDir> <boltPort> <pageCacheMiB> <neo4j.conf>}, with the password of user
 * {@code neo4j} in the environment variable {@code KG_NEO4J_PASSWORD}.
 *
 * <p>Protocol with the parent process, one line each on stdout: {@code KG-NEO4J READY <port>} once Bolt accepts
 * logins, or {@code KG-NEO4J ERROR <kind> <message>} before a non-zero exit, where kind is one of {@code port-busy},
 * {@code store-locked}, {@code bad-arguments} or {@code failed}. The DBMS shuts down cleanly on SIGTERM (shutdown hook)
 * and when stdin closes, so a parent that dies never leaves it running.
 */
public final class KgNeo4j {
  private static final String PREFIX = "KG-NEO4J ";

  private KgNeo4j() {}

  public static void main(String[] args) {
    String password = System.getenv("KG_NEO4J_PASSWORD");
    if (args.length != 4 || password == null || password.length() < 8) {
      fail("bad-arguments", "usage: KgNeo4j <homeDir> <boltPort> <pageCacheMiB> <neo4j.conf> with KG_NEO4J_PASSWORD (8+ chars)");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    Path conf = Path.of(args[3]);

    DatabaseManagementService dbms;
    try {
      // On a new store, set the password before Bolt opens, so no one can log in with the default one meanwhile.
      if (!Files.isDirectory(home.resolve("data").resolve("dbms"))) {
        DatabaseManagementService setup = build(home, conf, port, pageCacheMiB, false);
        setPassword(setup, password);
        setup.shutdown();
      }
      dbms = build(home, conf, port, pageCacheMiB, true);
      setPassword(dbms, password);
    } catch (Throwable error) {
      fail(classify(error), rootMessage(error));
      return;
    }

    DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "kg-neo4j-shutdown"));
    System.out.println(PREFIX + "READY " + port);
    System.out.flush();
    waitForStdinToClose(System.in);
    System.exit(0);
  }

  private static DatabaseManagementService build(Path home, Path conf, int port, long pageCacheMiB, boolean bolt) {
    return new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(BoltConnector.enabled, bolt)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .build();
  }

  /** Makes the stored password of user neo4j equal the given one; the password file is the source of truth. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try (Transaction tx = system.beginTx()) {
      tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      tx.commit();
    } catch (RuntimeException error) {
      String message = String.valueOf(rootMessage(error));
      if (!message.contains("cannot be the same")) {
        throw error;
      }
    }
  }

  private static void waitForStdinToClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; reading only detects that it has gone.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent has gone too.
    }
  }

  private static String classify(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getName();
      String message = String.valueOf(cause.getMessage());
      if (cause instanceof BindException || message.contains("Address already in use")) {
        return "port-busy";
      }
      if (name.endsWith("FileLockException") || message.contains("lock file") || message.contains("locked by")) {
        return "store-locked";
      }
    }
    return "failed";
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replace('\n', ' ');
  }

  private static void fail(String kind, String message) {
    System.out.println(PREFIX + "ERROR " + kind + " " + message);
    System.out.flush();
    System.exit(2);
  }
}
