package org.centrumhub.hub.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a listening address reaches beyond this machine. The hub listens on loopback by default; an address
 * that others can reach needs TLS (or an explicit {@code centrumhub.security.plaintext-on-network}), so that
 * passwords and messages never cross a network in the clear.
 */
final class NetworkExposure {
    private NetworkExposure() {
    }

    /** True for a wildcard or any address that is not a loopback address. */
    static boolean reachableFromOtherMachines(String host) {
        if (host == null || host.isBlank()) {
            return true; // no address: every interface
        }
        try {
            InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
            return !address.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** Refuses an acceptor URL that listens beyond loopback without {@code sslEnabled=true}. */
    static void checkAcceptor(String acceptor, boolean plaintextAllowed) {
        if (acceptor == null || acceptor.isBlank()) {
            return;
        }
        URI uri = URI.create(acceptor);
        boolean tls = acceptor.toLowerCase(Locale.ROOT).contains("sslenabled=true");
        if (!tls && !plaintextAllowed && reachableFromOtherMachines(uri.getHost())) {
            throw new IllegalStateException("centrumhub.broker.acceptor " + uri.getHost() + ":" + uri.getPort()
                    + " listens beyond this machine without TLS: add sslEnabled=true with a key store (README, "
                    + "Security), or bind it to 127.0.0.1");
        }
    }

    /** Refuses an HTTP address beyond loopback without {@code server.ssl.enabled}. */
    static void checkHttp(String address, boolean tls, boolean plaintextAllowed) {
        if (!tls && !plaintextAllowed && reachableFromOtherMachines(address)) {
            throw new IllegalStateException("server.address " + (address == null ? "(all interfaces)" : address)
                    + " listens beyond this machine without TLS: set server.ssl.* (README, Security), or bind it to "
                    + "127.0.0.1");
        }
    }
}
