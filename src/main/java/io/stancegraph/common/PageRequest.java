package io.stancegraph.common;

/** {@code first}/{@code after} as the contract defines them: first is 0..100, null means 20. */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(size(first, DEFAULT_SIZE, "first"), after == null || after.isEmpty() ? null : after);
    }

    /** A page size argument checked against 0..100; {@code fallback} when null. */
    public static int size(Integer value, int fallback, String argument) {
        if (value == null) {
            return fallback;
        }
        if (value < 0 || value > MAX_SIZE) {
            throw new ApiException(argument + " must be between 0 and " + MAX_SIZE + ", got " + value);
        }
        return value;
    }
}
