package io.stancegraph.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The caller of a mutation: must present a valid bearer JWT (signature, issuer and expiry checked against the
 * mp.jwt.verify.* configuration) whose groups claim holds {@code editor}. Failures are top-level errors with
 * extensions.code UNAUTHORIZED (no, invalid or expired token) or FORBIDDEN (no editor group), raised before
 * anything is read or written. The token is verified here rather than by the HTTP layer so that a bad token gets
 * a GraphQL answer, not a bare 401, and never disturbs reads.
 */
@RequestScoped
public class Editor {

    public static final String ROLE = "editor";
    private static final String BEARER = "Bearer ";

    @Inject
    CurrentVertxRequest request;
    @Inject
    VerifiedTokens tokens;

    /** The token's subject, once the caller is known to be an editor. */
    public String require() {
        String header = request.getCurrent() == null ? null
                : request.getCurrent().request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.unauthorized("Mutations need a bearer token (Authorization: Bearer <JWT>)");
        }
        VerifiedTokens.Caller caller;
        try {
            caller = tokens.verify(header.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            throw ApiException.unauthorized("The bearer token is invalid or expired: sign in again");
        }
        if (!caller.editor()) {
            throw ApiException.forbidden("The token's groups do not include '" + ROLE + "'");
        }
        return caller.subject();
    }
}
