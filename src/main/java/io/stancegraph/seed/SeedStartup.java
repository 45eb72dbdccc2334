package io.stancegraph.seed;

import java.nio.file.Path;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.stancegraph.common.StancegraphConfig;

/** Loads the seeds at start-up when STANCEGRAPH_LOAD_SEEDS is true (after Flyway has migrated). */
public class SeedStartup {

    @Inject
    StancegraphConfig config;
    @Inject
    SeedLoader loader;

    void onStart(@Observes StartupEvent event) {
        if (config.loadSeeds()) {
            loader.load(config.seedsDir().map(Path::of).orElse(null));
        }
    }
}
