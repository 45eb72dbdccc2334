package io.stancegraph.common;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens already verified, until they expire. A client sends the same token with every mutation; checking its
 * RSA signature each time was a tenth of an ingest's CPU. Only tokens that verified are kept, under their exact text,
 * and each use checks the expiry again. Bounded: cleared when full.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** What a verified token says about its caller. */
    public record Caller(String subject, boolean editor, Instant expires) {
    }

    private static final int MAX = 10_000;
    private final Map<String, Caller> verified = new ConcurrentHashMap<>();

    @Inject
    JWTParser parser;

    /** The token's caller; a ParseException when it does not verify or has expired. */
    public Caller verify(String token) throws ParseException {
        Caller known = verified.get(token);
        if (known != null && Instant.now().isBefore(known.expires())) {
            return known;
        }
        verified.remove(token);
        JsonWebToken jwt = parser.parse(token);
        Caller caller = new Caller(jwt.getSubject() != null ? jwt.getSubject() : jwt.getName(),
                jwt.getGroups() != null && jwt.getGroups().contains(Editor.ROLE), Instant.ofEpochSecond(jwt.getExpirationTime()));
        if (verified.size() >= MAX) {
            verified.clear();
        }
        verified.put(token, caller);
        return caller;
    }
}
