package io.stancegraph.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings (environment: STANCEGRAPH_*). */
@ConfigMapping(prefix = "stancegraph")
public interface StancegraphConfig {

    /** Load the seeds at start-up when they are absent (STANCEGRAPH_LOAD_SEEDS). */
    @WithDefault("true")
    boolean loadSeeds();

    /** A folder to load seeds from instead of the copy inside the application (STANCEGRAPH_SEEDS_DIR). */
    Optional<String> seedsDir();

    /**
     * In dev and test without DB_URL, start an embedded PostgreSQL (STANCEGRAPH_EMBEDDED_DB). Read by
     * {@link EmbeddedDatabaseConfigSourceFactory} before this mapping exists; declared here so it is validated and
     * documented with the rest.
     */
    @WithName("embedded-db")
    @WithDefault("true")
    boolean embeddedDb();
}
