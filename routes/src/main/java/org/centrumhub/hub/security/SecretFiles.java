package org.centrumhub.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Files that hold secrets (passwords, keys): created readable by the hub's user only (0600) in the same system call
 * that creates them, so there is no moment at which another user could open them, and replaced atomically.
 */
public final class SecretFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    /** A new random password: 32 characters of URL-safe base64 (192 bits), safe in properties files and URLs. */
    public static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code length} random bytes (a key). */
    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The file's text; when it does not exist yet, it is created 0600 holding {@code initial}'s text. */
    public static String readOrCreate(Path file, Supplier<String> initial) {
        try {
            if (!Files.exists(file)) {
                try {
                    createPrivate(file, initial.get());
                } catch (FileAlreadyExistsException raced) {
                    // another process made it in the meantime: read theirs
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret file " + file, e);
        }
    }

    /** Creates the file, failing when it exists, with mode 0600 from the first moment, and writes the text. */
    public static void createPrivate(Path file, String text) throws IOException {
        createPrivateDirectories(file.toAbsolutePath().getParent());
        Files.write(Files.createFile(file, ownerOnly()), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the file's contents atomically: a 0600 file next to it is written, then moved over it. */
    public static void replace(Path file, String text) {
        replace(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the file's contents atomically with the bytes: a 0600 file next to it is written, then moved over it. */
    public static void replace(Path file, byte[] bytes) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            createPrivateDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", ownerOnly());
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secret file " + file, e);
        }
    }

    /** Creates the folder (and its parents) when missing; a folder it creates is 0700. */
    public static void createPrivateDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        createPrivateDirectories(folder.toAbsolutePath().getParent());
        try {
            if (posix(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException raced) {
            // made by another thread or process in the meantime
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return posix(Path.of(".")) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path any) {
        return any.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
