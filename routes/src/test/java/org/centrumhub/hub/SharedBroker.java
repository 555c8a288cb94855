package org.centrumhub.hub;

import java.nio.file.Path;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.PropertiesLoginModule;

/**
 * One Artemis broker for several hub nodes, set up as an external one is in production: persistent, one TCP
 * acceptor, security on, and everything else from the files the hub writes for an external broker
 * ({@code centrumhub.security.external-broker-folder}): the logins from {@code artemis-users.properties} and
 * {@code artemis-roles.properties} through Artemis' {@code PropertiesLoginModule}, and {@code broker.properties}
 * through Artemis' own broker-properties parser (the hub's queues, its address settings, the parties' inbound
 * diverts), so whatever the hub adds there applies here too.
 */
public final class SharedBroker implements AutoCloseable {
    private final EmbeddedActiveMQ broker;

    private SharedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    /**
     * The configuration of a test broker named {@code name} that keeps its journal, bindings, paging and large
     * messages under {@code data} (so a restart on the same folder finds them), without JMX.
     */
    public static ConfigurationImpl persistent(String name, Path data) {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setName(name);
        configuration.setPersistenceEnabled(true);
        configuration.setJournalDirectory(data.resolve("journal").toString());
        configuration.setBindingsDirectory(data.resolve("bindings").toString());
        configuration.setPagingDirectory(data.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        configuration.setJMXManagementEnabled(false);
        return configuration;
    }

    /** Starts the broker with its journal under {@code data}, its settings from {@code etc}, on 127.0.0.1:port. */
    public static SharedBroker start(Path etc, Path data, int port) throws Exception {
        ConfigurationImpl configuration = persistent("shared-broker", data);
        configuration.setSecurityEnabled(true);
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        configuration.parseProperties(etc.resolve("broker.properties").toString());
        if (configuration.getStatus() != null && configuration.getStatus().contains("\"errors\":[{")) {
            throw new IllegalStateException("broker.properties has errors: " + configuration.getStatus());
        }
        SecurityConfiguration logins = new SecurityConfiguration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of("reload", "true",
                        "baseDir", etc.toString(),
                        "org.apache.activemq.jaas.properties.user", "artemis-users.properties",
                        "org.apache.activemq.jaas.properties.role", "artemis-roles.properties"))};
            }
        };
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration)
                .setSecurityManager(new ActiveMQJAASSecurityManager("shared-broker", logins));
        broker.start();
        return new SharedBroker(broker);
    }

    /** Whether an address exists (the hub made it, or the broker's settings did). */
    public boolean hasAddress(String address) {
        return broker.getActiveMQServer().getAddressInfo(SimpleString.of(address)) != null;
    }

    /** Messages on a queue now (0 when it does not exist: nothing was ever sent to it). */
    public long messageCount(String queue) {
        Queue found = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return found == null ? 0 : found.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
