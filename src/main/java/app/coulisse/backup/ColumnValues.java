package app.coulisse.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * A column value as the archive writes it — JSON numbers, booleans and strings only — and back. Times with a zone are
 * written as the instant in UTC, since H2 keeps the offset it was given and PostgreSQL answers in UTC: the same
 * moment reads the same from both.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static Object read(ResultSet row, int index, int jdbcType) throws SQLException {
        Object value = switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> row.getLong(index);
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(index);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> row.getDouble(index);
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal decimal = row.getBigDecimal(index);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case Types.DATE -> text(row.getObject(index, LocalDate.class));
            case Types.TIME -> text(row.getObject(index, LocalTime.class));
            case Types.TIMESTAMP -> text(row.getObject(index, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime moment = row.getObject(index, OffsetDateTime.class);
                yield moment == null ? null : moment.toInstant().toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> row.getString(index);
        };
        return row.wasNull() ? null : value;
    }

    /** Binds an archived value; a value of the wrong shape for its column throws {@link IllegalArgumentException}. */
    static void bind(PreparedStatement statement, int index, int jdbcType, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType);
            return;
        }
        switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
                    statement.setLong(index, number(value).longValueExact());
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, (Boolean) shaped(value, Boolean.class));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, number(value).doubleValue());
            case Types.DECIMAL, Types.NUMERIC -> statement.setBigDecimal(index, new BigDecimal(string(value)));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(string(value)));
            case Types.TIME -> statement.setObject(index, LocalTime.parse(string(value)));
            case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(string(value)));
            case Types.TIMESTAMP_WITH_TIMEZONE ->
                    statement.setObject(index, Instant.parse(string(value)).atOffset(ZoneOffset.UTC));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    statement.setBytes(index, Base64.getDecoder().decode(string(value)));
            default -> statement.setString(index, string(value));
        }
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static String string(Object value) {
        return (String) shaped(value, String.class);
    }

    private static Object shaped(Object value, Class<?> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + value);
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
