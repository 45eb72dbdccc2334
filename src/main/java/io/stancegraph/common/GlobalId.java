package io.stancegraph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

/**
 * Opaque global IDs: base64url of {@code Type:number}. Clients must treat them as opaque; the type prefix makes
 * them unique across types and lets {@code node(id:)} route without a lookup table.
 */
public record GlobalId(String type, long key) {

    public static String encode(String type, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not an ID this service issued. */
    public static Optional<GlobalId> decode(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            long key = Long.parseLong(raw.substring(colon + 1));
            return key > 0 ? Optional.of(new GlobalId(raw.substring(0, colon), key)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of an ID of this type, or empty when the ID is malformed or names another type. */
    public static Optional<Long> keyOf(String type, String id) {
        return decode(id).filter(g -> g.type.equals(type)).map(GlobalId::key);
    }

    /** Keys of IDs used as filter values: an ID that is not of this type is a client error, not a silent miss. */
    public static long[] requireKeys(String type, Collection<String> ids, String argument) {
        if (ids == null) {
            return null;
        }
        long[] keys = new long[ids.size()];
        int i = 0;
        for (String id : ids) {
            keys[i++] = requireKey(type, id, argument);
        }
        return keys;
    }

    public static long requireKey(String type, String id, String argument) {
        return keyOf(type, id).orElseThrow(() -> new ApiException(
                argument + ": '" + id + "' is not a " + type + " ID"));
    }
}
