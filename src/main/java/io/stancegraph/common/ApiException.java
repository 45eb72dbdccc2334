package io.stancegraph.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request the client got wrong: answered as a top-level GraphQL error whose {@code extensions.code} is
 * {@code VALIDATION} and whose message says what to change. The only exception whose message reaches clients.
 */
@ErrorCode("VALIDATION")
public class ApiException extends RuntimeException {

    public ApiException(String message) {
        super(message, null, false, false);
    }
}
