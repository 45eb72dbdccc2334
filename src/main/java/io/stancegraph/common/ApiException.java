package io.stancegraph.common;

/**
 * A request the client must change, answered as a top-level GraphQL error with {@code extensions.code}
 * VALIDATION, UNAUTHORIZED or FORBIDDEN and a message that says what to change. The only exception whose message
 * reaches clients (see {@link ErrorShaping}).
 */
public class ApiException extends RuntimeException {

    private final String code;

    public ApiException(String message) {
        this("VALIDATION", message);
    }

    private ApiException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiException unauthorized(String message) {
        return new ApiException("UNAUTHORIZED", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException("FORBIDDEN", message);
    }

    public String code() {
        return code;
    }
}
