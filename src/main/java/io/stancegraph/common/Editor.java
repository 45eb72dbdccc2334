package io.stancegraph.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of a mutation: must present a valid bearer JWT whose groups claim holds {@code editor}. Failures are
 * top-level errors with extensions.code UNAUTHORIZED (no, invalid or expired token) or FORBIDDEN (no editor
 * group), checked before anything is read or written.
 */
@RequestScoped
public class Editor {

    public static final String ROLE = "editor";

    @Inject
    SecurityIdentity identity;

    /** The token's subject, once the caller is known to be an editor. */
    public String require() {
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            throw ApiException.unauthorized("The bearer token is invalid or expired: sign in again");
        }
        if (anonymous) {
            throw ApiException.unauthorized("Mutations need a bearer token (Authorization: Bearer <JWT>)");
        }
        if (!identity.hasRole(ROLE)) {
            throw ApiException.forbidden("The token's groups do not include '" + ROLE + "'");
        }
        return identity.getPrincipal().getName();
    }
}
