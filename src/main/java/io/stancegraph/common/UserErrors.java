package io.stancegraph.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Collects what is wrong with a mutation's input, so the client learns every mistake at once. */
public final class UserErrors {

    private final List<UserError> errors = new ArrayList<>();

    /** Field path below {@code input}, e.g. {@code at("stances", "0", "confidence")}. */
    public static List<String> at(String... path) {
        return Stream.concat(Stream.of("input"), Stream.of(path)).toList();
    }

    public UserErrors validation(String message, String... path) {
        return add(UserErrorCode.VALIDATION, message, path);
    }

    public UserErrors notFound(String message, String... path) {
        return add(UserErrorCode.NOT_FOUND, message, path);
    }

    public UserErrors conflict(String message, String... path) {
        return add(UserErrorCode.CONFLICT, message, path);
    }

    public UserErrors add(UserErrorCode code, String message, String... path) {
        errors.add(new UserError(code, message, at(path)));
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }

    /** Checks text that must not be blank when given ({@code required}: also when absent). */
    public UserErrors text(String value, boolean required, String name) {
        if ((value == null && required) || (value != null && value.isBlank())) {
            validation(name + " must not be blank", name);
        } else if (value != null && value.indexOf('\u0000') >= 0) {
            validation(name + " contains a NUL character, which cannot be stored", name);
        }
        return this;
    }

    /** A name or alias must keep a letter or digit once case, spaces and punctuation are ignored. */
    public UserErrors name(String value, String... path) {
        if (value != null && !value.isBlank() && value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            validation("'" + value + "' has no letter or digit: it could never be looked up", path);
        }
        return this;
    }

    public UserErrors confidence(Double value, String... path) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            validation("confidence must be between 0 and 1, got " + value, path);
        }
        return this;
    }
}
