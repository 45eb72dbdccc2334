package io.stancegraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The read path: plain SQL into small immutable views. Reads skip the ORM because each GraphQL field needs a few
 * columns of many rows at once (batched by parent), which entities and their lazy associations would turn into
 * more statements and more allocation.
 */
@ApplicationScoped
public class Db {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    /** Read statements issued since start: exported as a metric, and what the no-N+1 test measures. */
    private final AtomicLong statements = new AtomicLong();

    @Inject
    void registerMetric(MeterRegistry registry) {
        registry.more().counter("stancegraph.read.sql.statements", List.of(), statements);
    }

    public long statementsIssued() {
        return statements.get();
    }

    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        statements.incrementAndGet();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.text())) {
            sql.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                Row row = new Row(rs);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> T one(Sql sql, RowMapper<T> mapper) {
        List<T> rows = list(sql, mapper);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public int count(Sql sql) {
        Integer n = one(sql, r -> r.integer(1));
        return n == null ? 0 : n;
    }

    /** A database failure: logged by the server, shown to clients only as a generic error. */
    public static class DataAccessException extends RuntimeException {
        DataAccessException(SQLException cause) {
            super(cause);
        }
    }
}
