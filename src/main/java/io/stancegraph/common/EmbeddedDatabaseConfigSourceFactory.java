package io.stancegraph.common;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Zero-setup database for the dev and test profiles: when no {@code DB_URL} is configured, starts a real
 * PostgreSQL from the binaries on the class path and points the datasource at it.
 *
 * <p>It is a config source (not a test resource or a start-up bean) because the datasource URL must be known
 * before Quarkus opens the pool, in {@code quarkus:dev} and in tests alike. Quarkus consults config sources at
 * build time and again at run time, and dev mode reloads classes: the server is started once per JVM and its URL
 * kept in a system property so every later lookup reuses it. The prod profile never starts one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "io.stancegraph.embedded-postgresql.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);
    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || isSet(context, "DB_URL") || isSet(context, "QUARKUS_DATASOURCE_JDBC_URL")
                || "false".equalsIgnoreCase(value(context, "stancegraph.embedded-db"))) {
            return List.of();
        }
        String url = startOnce();
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", ""), "stancegraph-embedded-postgresql", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static synchronized String startOnce() {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            File log = new File(System.getProperty("java.io.tmpdir"), "stancegraph-embedded-postgresql.log");
            // a throwaway database: durability settings off make migrations and tests several times faster
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    LOG.debug("embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgresql-stop"));
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("Embedded PostgreSQL started at %s, server log %s (set DB_URL to use another server)", url, log);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; set DB_URL to use a server", e);
        }
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        String v = value(context, name);
        return v != null && !v.isBlank();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }
}
