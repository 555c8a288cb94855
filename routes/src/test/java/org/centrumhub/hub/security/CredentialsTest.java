package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.activemq.artemis.utils.PasswordMaskingUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login store across starts: a start keeps every hash whose password has not changed without checking it again
 * (the fingerprints), and a password changed by hand in the plaintext file gets a new hash at the next start.
 */
class CredentialsTest {
    @TempDir
    Path dataDir;

    @Test
    void aStartKeepsTheHashesOfUnchangedPasswordsAndRehashesAChangedOne() throws Exception {
        Credentials credentials = prepare();
        Map<String, String> first = users(credentials);
        assertThat(Files.readString(credentials.fingerprintsFile())).contains("12345678=").contains("0935=")
                .doesNotContain(Credentials.passwordOf(dataDir, "12345678"));

        Credentials again = prepare();
        Map<String, String> second = users(again);
        assertThat(second.get("12345678")).as("same salt and hash").isEqualTo(first.get("12345678"));
        assertThat(second.get("0935")).isEqualTo(first.get("0935"));

        // an operator changes a party's password by hand in the plaintext file
        Path plain = again.partiesFile();
        String old = Credentials.passwordOf(dataDir, "12345678");
        Files.writeString(plain, Files.readString(plain).replace("12345678=" + old, "12345678=changed-by-hand-0123456789"));
        Map<String, String> third = users(prepare());
        String hash = third.get("12345678");
        assertThat(hash).isNotEqualTo(first.get("12345678"));
        assertThat(PasswordMaskingUtil.getHashProcessor(hash).compare("changed-by-hand-0123456789".toCharArray(), hash))
                .isTrue();
        assertThat(PasswordMaskingUtil.getHashProcessor(hash).compare(old.toCharArray(), hash)).isFalse();
        assertThat(third.get("0935")).isEqualTo(first.get("0935"));
    }

    @Test
    void aHashReplacedInTheStoreIsCheckedAgainstThePasswordNotTrustedOnItsFingerprint() throws Exception {
        Credentials credentials = prepare();
        Path store = credentials.usersFile();
        String foreign = Credentials.hash("someone-else-entirely-0123456789").replace(":", "\\:").replace("=", "\\=");
        List<String> lines = Files.readAllLines(store).stream()
                .map(line -> line.startsWith("0935=") ? "0935=" + foreign : line).toList();
        Files.write(store, lines);
        String hash = users(prepare()).get("0935");
        assertThat(PasswordMaskingUtil.getHashProcessor(hash)
                .compare(Credentials.passwordOf(dataDir, "0935").toCharArray(), hash)).isTrue();
    }

    private Credentials prepare() {
        return Credentials.prepare(dataDir, List.of("12345678"), List.of("0935"), (parties, operator) -> { });
    }

    private static Map<String, String> users(Credentials credentials) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(credentials.usersFile())) {
            properties.load(reader);
        }
        Map<String, String> users = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> users.put(name, properties.getProperty(name)));
        return users;
    }
}
