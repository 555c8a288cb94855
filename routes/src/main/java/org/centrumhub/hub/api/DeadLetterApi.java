package org.centrumhub.hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.hub.intake.DeadLetters;
import org.centrumhub.hub.intake.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead-letter queue for operators: what could not be processed, with the reason, and a replay that puts a
 * message back on the queue it failed on (with its hub id, so it is judged once) in one JMS transaction. Hawtio shows
 * the same queue under the broker's MBeans.
 */
@RestController
@RequestMapping("/api/v1/dlq")
@Tag(name = "dead letters", description = "List and replay what the hub could not process")
public class DeadLetterApi {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterApi.class);
    /** The properties a replay keeps: the envelope and where it failed; the failure itself is left behind. */
    private static final List<String> KEPT = List.of(Envelope.MESSAGE_ID, Envelope.PARTY_ROLE, Envelope.PARTY_CODE,
            Envelope.CLIENT_MESSAGE_ID, Envelope.OVERSIZE, Envelope.UNREADABLE, Envelope.GROUP);

    private final ConnectionFactory connectionFactory;
    private final String dlq;

    public DeadLetterApi(ConnectionFactory connectionFactory, @Value("${centrumhub.addresses.dlq}") String dlq) {
        this.connectionFactory = connectionFactory;
        this.dlq = dlq;
    }

    @GetMapping
    @Operation(summary = "What is in the dead-letter queue", description = "Per message: its id on the queue (to "
            + "replay it), the hub message id, the party it came from, the reason, when, and the queue it failed on.")
    public List<Map<String, Object>> list() throws JMSException {
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            List<Map<String, Object>> letters = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(dlq))) {
                for (Object item : Collections.list(browser.getEnumeration())) {
                    Message message = (Message) item;
                    Map<String, Object> letter = new LinkedHashMap<>();
                    letter.put("id", message.getJMSMessageID());
                    letter.put("hubMessageId", message.getStringProperty(Envelope.MESSAGE_ID));
                    letter.put("party", message.getStringProperty(Envelope.PARTY_CODE));
                    letter.put("reason", message.getStringProperty(DeadLetters.FAILURE));
                    letter.put("failedAt", message.getStringProperty(DeadLetters.FAILED_AT));
                    letter.put("failedQueue", message.getStringProperty(DeadLetters.FAILED_QUEUE));
                    letters.add(letter);
                }
            }
            return letters;
        }
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Replay one dead letter", description = "Moves it back to the queue it failed on; 404 when "
            + "it is not (or no longer) in the dead-letter queue.")
    public ResponseEntity<Map<String, Object>> replay(@PathVariable String id) throws JMSException {
        if (!id.matches("[A-Za-z0-9:-]+")) {
            return ResponseEntity.badRequest().body(Map.of("code", "BAD_ID", "reason", "not a message id: " + id));
        }
        int replayed = replay("JMSMessageID = '" + id + "'", 1);
        return replayed == 0 ? ResponseEntity.notFound().build()
                : ResponseEntity.accepted().body(Map.of("replayed", replayed));
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay every dead letter", description = "Moves each back to the queue it failed on.")
    public ResponseEntity<Map<String, Object>> replayAll() throws JMSException {
        return ResponseEntity.accepted().body(Map.of("replayed", replay(null, Integer.MAX_VALUE)));
    }

    private int replay(String selector, int limit) throws JMSException {
        int replayed = 0;
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(dlq), selector)) {
                Message letter;
                while (replayed < limit && (letter = consumer.receive(500)) != null) {
                    String queue = letter.getStringProperty(DeadLetters.FAILED_QUEUE);
                    if (queue == null) {
                        session.rollback();
                        throw new IllegalStateException("dead letter " + letter.getJMSMessageID() + " names no queue");
                    }
                    Message copy = copy(session, letter);
                    session.createProducer(session.createQueue(queue)).send(copy);
                    session.commit();
                    replayed++;
                    LOG.info("dead letter {} (hub message {}) replayed to {}", letter.getJMSMessageID(),
                            letter.getStringProperty(Envelope.MESSAGE_ID), queue);
                }
            }
        }
        return replayed;
    }

    private static Message copy(Session session, Message letter) throws JMSException {
        Message copy;
        if (letter instanceof TextMessage text) {
            copy = session.createTextMessage(text.getText());
        } else {
            BytesMessage bytes = (BytesMessage) letter;
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage out = session.createBytesMessage();
            out.writeBytes(body);
            copy = out;
        }
        for (String name : KEPT) {
            if (letter.propertyExists(name)) {
                copy.setObjectProperty(name, letter.getObjectProperty(name));
            }
        }
        return copy;
    }
}
