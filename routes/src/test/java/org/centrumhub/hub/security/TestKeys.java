package org.centrumhub.hub.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Keys for the TLS tests, made with the JDK's keytool in a folder of their own: the hub's server key, one client key
 * per name with the subject DN given, a trust store for the hub holding the client certificates, and one for the
 * clients holding the hub's certificate. All PKCS12 with the password {@link #PASSWORD}.
 */
final class TestKeys {
    static final String PASSWORD = "changeit";
    private final Path folder;

    TestKeys(Path folder) {
        this.folder = folder;
    }

    /** Makes the hub's key and the clients' (name to subject DN), each trusted by the other side. */
    TestKeys make(java.util.Map<String, String> clients) throws IOException {
        Files.createDirectories(folder);
        keytool("-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", path("hub.p12"));
        keytool("-exportcert", "-alias", "hub", "-keystore", path("hub.p12"), "-file", path("hub.crt"));
        keytool("-importcert", "-noprompt", "-alias", "hub", "-file", path("hub.crt"), "-keystore", path("client-trust.p12"));
        clients.forEach((name, dn) -> {
            keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dn,
                    "-validity", "2", "-keystore", path(name + ".p12"));
            keytool("-exportcert", "-alias", name, "-keystore", path(name + ".p12"), "-file", path(name + ".crt"));
            keytool("-importcert", "-noprompt", "-alias", name, "-file", path(name + ".crt"), "-keystore",
                    path("hub-trust.p12"));
        });
        return this;
    }

    String path(String name) {
        return folder.resolve(name).toString();
    }

    /** A client's TLS context: its own key (or none), trusting the hub. */
    SSLContext client(String keyStore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (keyStore != null) {
            keys.init(load(keyStore), PASSWORD.toCharArray());
        } else {
            keys.init(null, null);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("client-trust.p12"));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private KeyStore load(String name) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
