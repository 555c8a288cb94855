package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored format: AES-256-GCM under a key from the folder, bound to its row; rotation; values from before. */
class MessageCipherTest {
    private static final byte[] XML = "<Bericht><Client><Bsn>999990019</Bsn></Client></Bericht>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void aValueIsEncryptedUnderTheNewestKeyWithAFreshIvAndReadBackInItsRow() throws Exception {
        MessageCipher cipher = new MessageCipher(new DataKeys(folder.resolve("keys")));
        Path key = folder.resolve("keys").resolve(DataKeys.fileName(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).matches("[0-9a-f]{64}");

        byte[] stored = cipher.seal(XML, "message/1/raw_xml");
        assertThat(stored[0]).isEqualTo(MessageCipher.AES_GCM);
        assertThat(MessageCipher.keyOf(stored)).isEqualTo(1);
        assertThat(stored).hasSize(1 + 4 + 12 + XML.length + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("999990019").doesNotContain("Bsn");
        assertThat(cipher.seal(XML, "message/1/raw_xml")).as("a fresh IV each time").isNotEqualTo(stored);
        assertThat(cipher.open(stored, "message/1/raw_xml")).isEqualTo(XML);
        assertThat(cipher.seal(null, "x")).isNull();
        assertThat(cipher.seal(new byte[0], "x")).as("nothing stays nothing").isEmpty();
    }

    @Test
    void aTamperedValueAValueInAnotherRowAndAWrongKeyFailLoudly() throws Exception {
        MessageCipher cipher = new MessageCipher(new DataKeys(folder.resolve("keys")));
        byte[] stored = cipher.seal(XML, "message/1/raw_xml");

        byte[] flipped = stored.clone();
        flipped[30] ^= 1;
        assertThatThrownBy(() -> cipher.open(flipped, "message/1/raw_xml"))
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("does not authenticate");
        assertThatThrownBy(() -> cipher.open(stored, "message/2/raw_xml")).as("moved to another row")
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("message/2/raw_xml");
        assertThatThrownBy(() -> cipher.open(stored, "message/1/answer_xml")).as("moved to another column")
                .isInstanceOf(MessageCipher.StoredValueException.class);
        byte[] truncated = Arrays.copyOf(stored, stored.length - 1);
        assertThatThrownBy(() -> cipher.open(truncated, "message/1/raw_xml"))
                .isInstanceOf(MessageCipher.StoredValueException.class);
        byte[] otherKeyId = stored.clone();
        otherKeyId[4] = 2;
        assertThatThrownBy(() -> cipher.open(otherKeyId, "message/1/raw_xml")).as("key 2 does not exist")
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("data key 2");

        // the key file replaced by another key: nothing decrypts as garbage
        Path key = folder.resolve("keys").resolve(DataKeys.fileName(1));
        SecretFiles.replace(key, HexFormat.of().formatHex(SecretFiles.randomBytes(32)));
        cipher.keys().rescan();
        assertThatThrownBy(() -> cipher.open(stored, "message/1/raw_xml"))
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("does not authenticate");
        assertThatThrownBy(() -> cipher.open(new byte[] {7, 1, 2}, "message/1/raw_xml")).as("an unknown format")
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("no format");
    }

    @Test
    void afterARotationNewValuesUseTheNewKeyAndOldOnesStillReadAndAreResealed() {
        MessageCipher cipher = new MessageCipher(new DataKeys(folder.resolve("keys")));
        byte[] underOne = cipher.seal(XML, "c");
        assertThat(cipher.keys().rotate()).isEqualTo(2);
        byte[] underTwo = cipher.seal(XML, "c");
        assertThat(MessageCipher.keyOf(underTwo)).isEqualTo(2);
        assertThat(cipher.open(underOne, "c")).isEqualTo(XML);
        assertThat(cipher.open(underTwo, "c")).isEqualTo(XML);

        byte[] resealed = cipher.reseal(underOne, "c");
        assertThat(MessageCipher.keyOf(resealed)).isEqualTo(2);
        assertThat(cipher.reseal(underTwo, "c")).as("already under the newest key").isSameAs(underTwo);

        // another hub (same folder) picks the new key up when it meets a value under it
        MessageCipher other = new MessageCipher(new DataKeys(folder.resolve("keys")));
        assertThat(other.keys().rotate()).isEqualTo(3);
        assertThat(cipher.open(other.seal(XML, "c"), "c")).isEqualTo(XML);
        assertThat(cipher.keys().newest()).isEqualTo(3);
    }

    @Test
    void aValueStoredBeforeEncryptionIsReadAsItIsAndEncryptedWhenResealed() {
        MessageCipher cipher = new MessageCipher(new DataKeys(folder.resolve("keys")));
        byte[] legacy = new byte[XML.length + 1];
        System.arraycopy(XML, 0, legacy, 1, XML.length);
        assertThat(MessageCipher.keyOf(legacy)).isEqualTo(MessageCipher.NO_KEY);
        assertThat(cipher.open(legacy, "c")).isEqualTo(XML);
        byte[] resealed = cipher.reseal(legacy, "c");
        assertThat(MessageCipher.keyOf(resealed)).isEqualTo(1);
        assertThat(cipher.open(resealed, "c")).isEqualTo(XML);
    }

    @Test
    void aKeyDroppedIntoTheFolderIsUsedForWritingOnceSeen() throws Exception {
        DataKeys keys = new DataKeys(folder.resolve("keys"));
        SecretFiles.createPrivate(folder.resolve("keys").resolve("data-key-17.secret"),
                HexFormat.of().formatHex(SecretFiles.randomBytes(32)));
        keys.rescan();
        assertThat(keys.newest()).isEqualTo(17);
        assertThat(keys.ids()).containsExactly(1, 17);

        Files.writeString(folder.resolve("keys").resolve("data-key-18.secret"), "abc");
        assertThatThrownBy(keys::rescan).as("a malformed key file stops the rescan")
                .hasMessageContaining("data-key-18.secret");
        assertThat(keys.newest()).as("and the keys read before stay").isEqualTo(17);
    }
}
