package org.centrumhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.activemq.artemis.utils.PasswordMaskingUtil;
import org.centrumhub.hub.security.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code centrumhub credentials rotate}: a new password in the party's file and its hash in the login store. */
class CredentialsCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void rotateGivesTheLoginANewPasswordWithoutPrintingIt() throws Exception {
        Credentials.prepare(dataDir, List.of("12345678"), List.of("0935"), (parties, operator) -> { });
        String old = Credentials.passwordOf(dataDir, "12345678");
        String untouched = Credentials.passwordOf(dataDir, "0935");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Centrumhub.run(new String[] {"credentials", "rotate", "12345678", "--data-dir=" + dataDir},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        String rotated = Credentials.passwordOf(dataDir, "12345678");
        assertThat(rotated).isNotEqualTo(old).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Credentials.passwordOf(dataDir, "0935")).isEqualTo(untouched);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("parties.properties").doesNotContain(rotated);
        String hash = Files.readAllLines(Credentials.folderOf(dataDir).resolve("users.properties")).stream()
                .filter(line -> line.startsWith("12345678=")).findFirst().orElseThrow().substring(9).replace("\\", "");
        assertThat(PasswordMaskingUtil.getHashProcessor(hash).compare(rotated.toCharArray(), hash)).isTrue();
        assertThat(PasswordMaskingUtil.getHashProcessor(hash).compare(old.toCharArray(), hash)).isFalse();
    }

    @Test
    void anUnknownLoginIsAnError() {
        Credentials.prepare(dataDir, List.of("12345678"), List.of(), (parties, operator) -> { });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Centrumhub.run(new String[] {"credentials", "rotate", "99999999", "--data-dir=" + dataDir},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Centrumhub.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no login '99999999'");
    }
}
