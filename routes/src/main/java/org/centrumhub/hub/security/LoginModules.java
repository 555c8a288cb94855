package org.centrumhub.hub.security;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.spi.core.security.jaas.PropertiesLoginModule;
import org.apache.activemq.artemis.spi.core.security.jaas.TextFileCertificateLoginModule;

/**
 * The JAAS configuration every login goes through, the broker's (Artemis' {@code ActiveMQJAASSecurityManager}) and
 * the HTTP API's (Spring Security's JAAS provider) alike, so there is one store of logins: Artemis'
 * {@code PropertiesLoginModule} on the hashed login store, or {@code TextFileCertificateLoginModule} on the
 * certificate users for a client that presents a certificate. Both re-read their files when they change
 * ({@code reload}), so a rotated password counts at once. Given to the login contexts as an object, not installed
 * JVM-wide.
 */
public final class LoginModules extends SecurityConfiguration {
    /** Logins with a user name and password. */
    public static final String PASSWORD = "centrumhub";
    /** Logins with a client certificate. */
    public static final String CERTIFICATE = "centrumhub-certificate";

    private final Credentials credentials;

    public LoginModules(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        if (PASSWORD.equals(name)) {
            return new AppConfigurationEntry[] {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                    LoginModuleControlFlag.REQUIRED, Map.of(
                            "reload", "true",
                            "baseDir", credentials.folder().toString(),
                            "org.apache.activemq.jaas.properties.user", name(credentials.usersFile()),
                            "org.apache.activemq.jaas.properties.role", name(credentials.rolesFile())))};
        }
        if (CERTIFICATE.equals(name)) {
            return new AppConfigurationEntry[] {new AppConfigurationEntry(TextFileCertificateLoginModule.class.getName(),
                    LoginModuleControlFlag.REQUIRED, Map.of(
                            "reload", "true",
                            "baseDir", credentials.folder().toString(),
                            "org.apache.activemq.jaas.textfiledn.user", name(credentials.certificateUsersFile()),
                            "org.apache.activemq.jaas.textfiledn.role", name(credentials.rolesFile())))};
        }
        return null;
    }

    /** File names relative to the credentials folder ({@code baseDir}), which the login modules resolve against. */
    private static String name(java.nio.file.Path file) {
        return file.getFileName().toString();
    }
}
