package io.stancegraph.common;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens for the tests, signed with the test profile's key (smallrye.jwt.sign.key.location) unless noted. */
public final class Tokens {

    /** The subject of {@link #editor()}: revisions record it as their author. */
    public static final String EDITOR = "alice";
    public static final String ISSUER = "stancegraph-dev";

    private Tokens() {
    }

    public static String editor() {
        return editor(EDITOR);
    }

    public static String editor(String subject) {
        return claims(ISSUER, subject, "editor").sign();
    }

    /** Valid and signed, but without the editor group. */
    public static String reader() {
        return claims(ISSUER, "rita", "reader").sign();
    }

    /** An editor token that expired an hour ago (well beyond any clock skew the verifier allows). */
    public static String expired() {
        Instant now = Instant.now();
        return claims(ISSUER, EDITOR, "editor").issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign();
    }

    /** An editor token signed with a freshly generated key the service has never seen. */
    public static String wrongSignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(ISSUER, EDITOR, "editor").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** An editor token from an issuer the service does not trust. */
    public static String wrongIssuer() {
        return claims("someone-else", EDITOR, "editor").sign();
    }

    /** An editor token with {@code alg: none} and no signature at all. */
    public static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plusSeconds(3600).getEpochSecond();
        String claims = """
                {"iss":"%s","sub":"%s","groups":["editor"],"iat":%d,"exp":%d}""".formatted(ISSUER, EDITOR, exp - 3600, exp);
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    public static String garbage() {
        return "not.a.jwt";
    }

    private static JwtClaimsBuilder claims(String issuer, String subject, String group) {
        return Jwt.issuer(issuer).subject(subject).groups(Set.of(group));
    }
}
