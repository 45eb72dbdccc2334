package io.stancegraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Row counts straight from the database, to prove what a mutation wrote (or that it wrote nothing). */
@ApplicationScoped
public class RowCounts {

    @Inject
    DataSource dataSource;

    /** {@code select count(*) from <table>} for each table, in the order given. */
    public Map<String, Long> of(String... tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    /** A single number from a query such as {@code select count(*) from stance where statement_id = ?}. */
    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A single text value, e.g. a stored body. */
    public String text(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The key inside a global ID this service issued. */
    public static long key(String globalId) {
        return GlobalId.decode(globalId).orElseThrow(() -> new AssertionError("not a global ID: " + globalId)).key();
    }
}
