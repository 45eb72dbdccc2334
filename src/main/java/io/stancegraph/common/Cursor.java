package io.stancegraph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque Relay cursors: base64url of the sort key of the row they point at, so the next page is a keyset seek
 * (no OFFSET scan) and stays correct while rows are added before it.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (!sb.isEmpty()) {
                sb.append(SEPARATOR);
            }
            sb.append(p == null ? "" : p);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor this service issued with {@code expectedParts} parts; a VALIDATION error otherwise. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() == expectedParts) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below
        }
        throw new ApiException("after: '" + cursor + "' is not a cursor from this connection");
    }

    public static long longPart(String part, String cursor) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new ApiException("after: '" + cursor + "' is not a cursor from this connection");
        }
    }

    /** A date sort key: an ISO date PostgreSQL can hold, or infinity/-infinity for undated rows (sorted last). */
    public static String datePart(String part, String cursor) {
        if (part.equals("infinity") || part.equals("-infinity")) {
            return part;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(part);
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day.toString();
            }
        } catch (java.time.format.DateTimeParseException e) {
            // falls through to the client error below
        }
        throw new ApiException("after: '" + cursor + "' is not a cursor from this connection");
    }
}
