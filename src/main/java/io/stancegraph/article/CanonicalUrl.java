package io.stancegraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of an article URL that identifies it: scheme and host in lower case, no default port, no fragment, no
 * trailing slash, and no tracking parameters (utm_*, fbclid, gclid, ...). Two links to the same article compare
 * equal; the stored {@code url} keeps what was ingested.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "ref_src", "cmpid");

    private CanonicalUrl() {
    }

    public static String of(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? u.getRawAuthority().toLowerCase(Locale.ROOT)
                    : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? null : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .collect(Collectors.joining("&"));
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
