package io.stancegraph;

import java.nio.file.Path;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.stancegraph.seed.SeedLoader;

/**
 * Runs the service; {@code load-seeds [folder]} instead loads a seed folder (default: the packaged seeds) into the
 * configured database and exits.
 */
@QuarkusMain
public class StancegraphMain implements QuarkusApplication {

    @Inject
    SeedLoader seeds;

    public static void main(String... args) {
        Quarkus.run(StancegraphMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("load-seeds")) {
            SeedLoader.Result r = seeds.load(args.length > 1 ? Path.of(args[1]) : null);
            System.out.printf("%d articles added, %d already present, %d statements added%n",
                    r.articlesAdded(), r.articlesSkipped(), r.statementsAdded());
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
