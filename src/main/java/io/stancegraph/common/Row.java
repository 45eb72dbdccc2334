package io.stancegraph.common;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Typed, null-aware access to the current row of a result set, by position (1-based) or column name. */
public final class Row {

    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public long id(int i) throws SQLException {
        return rs.getLong(i);
    }

    public Long nullableId(int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    public Integer integer(int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    public Double decimal(int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    public boolean bool(int i) throws SQLException {
        return rs.getBoolean(i);
    }

    public String text(int i) throws SQLException {
        return rs.getString(i);
    }

    public LocalDate date(int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    public OffsetDateTime timestamp(int i) throws SQLException {
        return rs.getObject(i, OffsetDateTime.class);
    }

    public <E extends Enum<E>> E enumValue(int i, Class<E> type) throws SQLException {
        String v = rs.getString(i);
        return v == null ? null : Enum.valueOf(type, v);
    }

    public List<String> texts(int i) throws SQLException {
        Array a = rs.getArray(i);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
