package io.stancegraph.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Prod refuses to start with the dev verification key: its private half is in the repository, so anyone could mint
 * editor tokens. Without any key, mutations are refused (UNAUTHORIZED) and reads work.
 */
@ApplicationScoped
@IfBuildProfile("prod")
public class ProdKeyGuard {

    private static final Logger LOG = Logger.getLogger(ProdKeyGuard.class);
    private static final String DEV_KEY = "dev-keys/publicKey.pem";

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> key;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    void check(@Observes StartupEvent event) {
        String configured = key.orElseGet(() -> location.map(ProdKeyGuard::read).orElse(null));
        if (configured == null) {
            LOG.warn("No JWT verification key (MP_JWT_VERIFY_PUBLICKEY or MP_JWT_VERIFY_PUBLICKEY_LOCATION): mutations are refused");
            return;
        }
        if (strip(configured).equals(strip(read(DEV_KEY)))) {
            throw new IllegalStateException("Refusing to start: the JWT verification key is the public dev key from "
                    + DEV_KEY + ". Set MP_JWT_VERIFY_PUBLICKEY to your identity provider's key.");
        }
    }

    private static String strip(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String read(String where) {
        try {
            Path file = Path.of(where.startsWith("file:") ? where.substring(5) : where);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            String resource = where.startsWith("classpath:") ? where.substring(10) : where;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT verification key at " + where, e);
        }
    }
}
