package org.centrumhub.bench.hub;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A party's login on the hub's broker: its code and the password the hub generated for it. */
public record Login(String user, String password) {

    /** The party's password from {@code <data-dir>/credentials/parties.properties}, the file the hub writes. */
    public static Login of(Path dataDir, String code) {
        Path file = dataDir.resolve("credentials").resolve("parties.properties");
        Properties parties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hub's credentials " + file, e);
        }
        String password = parties.getProperty(code);
        if (password == null) {
            throw new IllegalArgumentException("no password for " + code + " in " + file + " (is it registered?)");
        }
        return new Login(code, password);
    }

    @Override
    public String toString() {
        return user;
    }
}
