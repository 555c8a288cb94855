package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.jaas.PropertiesLoginModule;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.routes.GroupHandover;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.server.transformer.AddHeadersTransformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files for an external broker, read the way Artemis reads them: its broker-properties parser for the address and
 * security settings, its PropertiesLoginModule for the logins.
 */
class ExternalBrokerFilesTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path etc;

    private final PartyRegistry registry = new PartyRegistry(
            List.of(new PartyRegistry.Entry("0935", "Maastricht")),
            List.of(new PartyRegistry.Entry("12345678", "Proef")));
    private final HubAddresses addresses = new HubAddresses("hub.from-provider.", "hub.to-provider.",
            "hub.from-municipality.", "hub.to-municipality.", "hub.errors.", "hub.inbound.from-providers",
            "hub.inbound.from-municipalities", "hub.intake", "hub.dlq");

    @Test
    void artemisReadsTheSecurityAndAddressSettings() throws Exception {
        ExternalBrokerFiles.write(etc, credentials(), registry, addresses, "hub-broker", "hub-secret");
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(etc.resolve("broker.properties"))));
        ConfigurationImpl broker = new ConfigurationImpl();
        broker.parsePrefixedProperties(properties, null);
        assertThat(broker.getStatus()).doesNotContain("\"errors\":[{");

        Map<String, Set<Role>> rules = broker.getSecurityRoles();
        Role provider = role(rules, "hub.from-provider.12345678", "12345678");
        assertThat(provider.isSend()).isTrue();
        assertThat(provider.isConsume()).isFalse();
        Role reads = role(rules, "hub.to-provider.12345678", "12345678");
        assertThat(reads.isConsume()).isTrue();
        assertThat(reads.isSend()).isFalse();
        assertThat(role(rules, "hub.errors.0935", "0935").isConsume()).isTrue();
        assertThat(role(rules, "#", "hub").isManage()).isTrue();
        assertThat(role(rules, "hub.dlq", "operator").isBrowse()).isTrue();
        assertThat(role(rules, "hub.dlq", "operator").isConsume()).isFalse();
        assertThat(broker.getAddressSettings().get("hub.#").getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(broker.getAddressSettings().get("hub.to-provider.#").getInitialQueueBufferSize()).isEqualTo(64);
        assertThat(broker.getAddressSettings().get("hub.errors.#").isEnableMetrics()).isFalse();
        assertThat(broker.getAddressSettings().get("hub.to-provider.#").isAutoDeleteQueues()).isFalse();
        assertThat(broker.getAddressSettings().get("hub.to-municipality.#").isAutoDeleteAddresses()).isFalse();

        // every party's inbound address is diverted to its direction's inbound queue, grouped by the address
        assertThat(broker.getDivertConfigurations()).extracting(DivertConfiguration::getAddress,
                        DivertConfiguration::getForwardingAddress, DivertConfiguration::isExclusive)
                .containsExactlyInAnyOrder(
                        tuple("hub.from-municipality.0935", "hub.inbound.from-municipalities", true),
                        tuple("hub.from-provider.12345678", "hub.inbound.from-providers", true));
        DivertConfiguration divert = broker.getDivertConfigurations().stream()
                .filter(d -> d.getAddress().equals("hub.from-provider.12345678")).findFirst().orElseThrow();
        assertThat(divert.getTransformerConfiguration().getClassName()).isEqualTo(AddHeadersTransformer.class.getName());
        assertThat(divert.getTransformerConfiguration().getProperties())
                .containsEntry("_AMQ_GROUP_ID", "hub.from-provider.12345678");
        // an external broker makes every queue at its start, every party's too (it runs none of the hub's code to make
        // them at a party's first login); the one on a party's inbound address stays empty: the divert is exclusive
        Map<String, CoreAddressConfiguration> made = new java.util.HashMap<>();
        broker.getAddressConfigurations().forEach(address -> made.put(address.getName(), address));
        assertThat(made.get("hub.from-provider.12345678").getRoutingTypes()).containsExactly(RoutingType.ANYCAST);
        for (String queue : List.of("hub.from-provider.12345678", "hub.from-municipality.0935", "hub.to-provider.12345678", "hub.errors.12345678", "hub.to-municipality.0935",
                "hub.errors.0935", "hub.inbound.from-providers", "hub.inbound.from-municipalities", "hub.intake",
                "hub.dlq")) {
            assertThat(made.get(queue).getQueueConfigs()).as(queue).extracting(q -> q.getName().toString())
                    .containsExactly(queue);
        }
        // the grouped queues mark the first message of a group a consumer gets (GroupHandover), the others do not
        for (String queue : List.of("hub.inbound.from-providers", "hub.inbound.from-municipalities", "hub.intake")) {
            assertThat(String.valueOf(made.get(queue).getQueueConfigs().get(0).getGroupFirstKey())).as(queue)
                    .isEqualTo(GroupHandover.FIRST_FOR_CONSUMER);
        }
        assertThat((Object) made.get("hub.to-provider.12345678").getQueueConfigs().get(0).getGroupFirstKey()).isNull();
    }

    @Test
    void artemisChecksThePartiesAndTheHubAgainstHashes() throws Exception {
        Credentials credentials = credentials();
        ExternalBrokerFiles.write(etc, credentials, registry, addresses, "hub-broker", "hub-secret");
        String users = Files.readString(etc.resolve("artemis-users.properties"));
        assertThat(users).doesNotContain("hub-secret").doesNotContain(Credentials.passwordOf(dataDir, "12345678"));

        assertThat(login("12345678", Credentials.passwordOf(dataDir, "12345678"))).contains("12345678", "provider");
        assertThat(login("hub-broker", "hub-secret")).contains("hub", ExternalBrokerFiles.ARTEMIS_ADMIN_ROLE);
        assertThatThrownBy(() -> login("12345678", "guessed")).isInstanceOf(LoginException.class);
        assertThatThrownBy(() -> login("hub", credentials.hubPassword())).as("the embedded hub login is not carried over")
                .isInstanceOf(LoginException.class);
    }

    private Credentials credentials() {
        return Credentials.prepare(dataDir, List.of("12345678"), List.of("0935"), (parties, operator) -> { });
    }

    private static Role role(Map<String, Set<Role>> rules, String match, String name) {
        assertThat(rules).containsKey(match);
        return rules.get(match).stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The role names Artemis' PropertiesLoginModule gives a login on the generated files. */
    private List<String> login(String user, String password) throws LoginException {
        Configuration jaas = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of("baseDir", etc.toString(),
                        "org.apache.activemq.jaas.properties.user", "artemis-users.properties",
                        "org.apache.activemq.jaas.properties.role", "artemis-roles.properties"))};
            }
        };
        LoginContext context = new LoginContext("activemq", null, callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        }, jaas);
        context.login();
        return context.getSubject().getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).toList();
    }
}
