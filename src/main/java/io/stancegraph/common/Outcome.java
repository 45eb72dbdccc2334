package io.stancegraph.common;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a write service did: the key of the object it wrote or found, or the user errors that stopped it (and
 * then nothing was written).
 */
public record Outcome(Long key, boolean created, List<UserError> errors) {

    public static Outcome ok(long key) {
        return new Outcome(key, true, List.of());
    }

    public static Outcome existing(long key) {
        return new Outcome(key, false, List.of());
    }

    public static Outcome failed(UserErrors errors) {
        return new Outcome(null, false, errors.list());
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /**
     * Runs a transactional write; a concurrent write that beat it (unique key, serialization failure, deadlock)
     * becomes a CONFLICT user error instead of a server error, the transaction having rolled back.
     */
    public static Outcome guard(Supplier<Outcome> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            String state = sqlState(e);
            if (state != null && (state.equals("22021") || state.equals("22P05"))) {
                return failed(new UserErrors().validation(
                        "The input contains a character the database cannot store (such as NUL); nothing was written"));
            }
            if (state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01"))) {
                return failed(new UserErrors().conflict(
                        "Another change to the same data was saved at the same moment; nothing was written: try again"));
            }
            throw e;
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
