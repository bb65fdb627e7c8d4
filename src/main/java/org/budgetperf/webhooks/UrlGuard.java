package org.budgetperf.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps webhooks from being aimed at the service's own network (SSRF): a receiver's URL is {@code https} (plain
 * {@code http} only to the hosts of {@code perf.webhooks.allowed-http-hosts}), carries no credentials, and every address
 * its host resolves to is public: not loopback, unspecified, private, link-local (the cloud metadata service
 * 169.254.169.254), carrier-grade NAT, unique-local, multicast or reserved. Checked when a subscription is registered
 * and again before every delivery, since a name may come to resolve elsewhere. Redirects are never followed.
 */
@ApplicationScoped
public class UrlGuard {

    /** Why a URL is refused, in words for the {@code url} violation or the delivery log. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    @Inject
    WebhookConfig config;

    /** The URL, if a receiver may be reached there. */
    public URI check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !List.of("http", "https").contains(scheme)) {
            throw new Refused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials (user info)");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        String host = bare(uri.getHost());
        if (scheme.equals("http") && !listed(config.allowedHttpHosts().orElse(List.of()), host)) {
            throw new Refused("must be https (plain http only to the hosts perf.webhooks.allowed-http-hosts lists)");
        }
        if (listed(config.allowedInternalHosts().orElse(List.of()), host)) {
            return uri;
        }
        for (InetAddress address : resolve(host)) {
            String why = forbidden(address);
            if (why != null) {
                throw new Refused("resolves to " + address.getHostAddress() + ", a " + why
                        + " address; a receiver must be on a public address");
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) throws Refused {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                return new InetAddress[0];
            }
        });
        try {
            InetAddress[] all = lookup.get(3, TimeUnit.SECONDS);
            if (all.length == 0) {
                throw new Refused("its host " + host + " cannot be resolved");
            }
            return all;
        } catch (TimeoutException | ExecutionException e) {
            throw new Refused("its host " + host + " cannot be resolved");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("its host " + host + " cannot be resolved");
        }
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static boolean listed(List<String> hosts, String host) {
        return hosts.stream().anyMatch(h -> bare(h.trim()).equals(host));
    }

    /** Why an address may not receive webhooks; null when it may. */
    static String forbidden(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local (metadata service)";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return forbidden4(b, 0);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "unique-local (private)";
            }
            if (first == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return "documentation";
            }
            boolean zeros80 = true;
            for (int i = 0; i < 10; i++) {
                zeros80 &= b[i] == 0;
            }
            boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
            boolean nat64 = first == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            if (mapped || compatible || nat64) {
                String inner = forbidden4(b, 12);
                return inner == null ? null : inner + " (IPv4 inside IPv6)";
            }
        }
        return null;
    }

    private static String forbidden4(byte[] b, int at) {
        int o1 = b[at] & 0xff;
        int o2 = b[at + 1] & 0xff;
        int o3 = b[at + 2] & 0xff;
        if (o1 == 0) {
            return "unspecified";
        }
        if (o1 == 127) {
            return "loopback";
        }
        if (o1 == 10 || (o1 == 172 && o2 >= 16 && o2 <= 31) || (o1 == 192 && o2 == 168)) {
            return "private";
        }
        if (o1 == 169 && o2 == 254) {
            return "link-local (metadata service)";
        }
        if (o1 == 100 && o2 >= 64 && o2 <= 127) {
            return "carrier-grade NAT";
        }
        if ((o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2))
                || (o1 == 198 && o2 == 51 && o3 == 100)
                || (o1 == 203 && o2 == 0 && o3 == 113)
                || (o1 == 198 && (o2 == 18 || o2 == 19))) {
            return "reserved";
        }
        if (o1 >= 224) {
            return "multicast or reserved";
        }
        return null;
    }
}
