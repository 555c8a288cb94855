package org.centrumhub.hub.store;

import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.crossmessage.Conversation;
import org.centrumhub.transform.crossmessage.CrossMessageRulesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conversations of {@link CrossMessageRulesTest}, against the hub's PostgreSQL stores instead of memory. */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class JdbcCrossMessageRulesTest extends CrossMessageRulesTest {
    static final HubTestServers SERVERS = new HubTestServers();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @Autowired
    JdbcHubStore state;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected Conversation conversation(String standard) {
        jdbc.execute("TRUNCATE assignment, delivery, request, request_answer, sent_identificatie");
        return new Conversation(standard, state);
    }
}
