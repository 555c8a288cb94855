package org.centrumhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client key file: created 0600 with 32 random bytes, and the same keys from it on every start. */
class ClientKeysTest {
    @TempDir
    Path folder;

    @Test
    void theKeyFileIsCreatedOwnerOnlyAndReadBackOnTheNextStart() throws Exception {
        Path file = folder.resolve("data").resolve(ClientKeys.FILE);
        ClientKeys first = new ClientKeys(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .as("a data folder the hub makes is its own").isEqualTo("rwx------");
        assertThat(Files.readString(file)).matches("[0-9a-f]{64}");
        assertThat(first.of("999990019")).matches("[0-9a-f]{64}").doesNotContain("999990019");

        ClientKeys again = new ClientKeys(file);
        assertThat(again.of("999990019")).as("the same key after a restart").isEqualTo(first.of("999990019"));
        assertThat(new ClientKeys(folder.resolve("other.secret")).of("999990019")).as("another key, another hash")
                .isNotEqualTo(first.of("999990019"));
    }
}
