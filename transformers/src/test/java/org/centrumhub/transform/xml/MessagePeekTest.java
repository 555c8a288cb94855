package org.centrumhub.transform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.Test;

/** The first look that orders messages by client: type and first BSN, and nothing at all from hostile input. */
class MessagePeekTest {

    @Test
    void aStartShowsItsTypeAndClient() {
        MessagePeek.Peek peek = MessagePeek.peek(Fixture.load("ijw/jw305-valid.xml").set("Client/Bsn", "999900043")
                .toBytes()).orElseThrow();
        assertThat(peek.type()).isEqualTo(MessageType.JW305);
        assertThat(peek.bsn()).contains("999900043");
        assertThat(peek.toString()).as("a logged peek").doesNotContain("999900043").contains("JW305");
    }

    @Test
    void aDeclarationShowsItsTypeWithoutReadingItsClients() {
        MessagePeek.Peek peek = MessagePeek.peek(Fixture.bytes("iwmo/wmo323-valid.xml")).orElseThrow();
        assertThat(peek.type()).isEqualTo(MessageType.WMO323);
        assertThat(peek.bsn()).isEmpty();
    }

    @Test
    void anAnswerWithoutClientShowsOnlyItsType() {
        MessagePeek.Peek peek = MessagePeek.peek(Fixture.bytes("ijw/jw319-valid.xml")).orElseThrow();
        assertThat(peek.type()).isEqualTo(MessageType.JW319);
        assertThat(peek.bsn()).isEmpty();
    }

    @Test
    void whatIsNotAMessageOfTheStandardShowsNothing() {
        assertThat(MessagePeek.peek("not xml".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MessagePeek.peek("<a xmlns='urn:other'><Bsn>999900043</Bsn></a>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MessagePeek.peek(new byte[0])).isEmpty();
    }

    @Test
    void aDoctypeIsNeverRead() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"><Bsn>&b;</Bsn>"
                + "</jw305:Bericht>";
        assertThat(MessagePeek.peek(bomb.getBytes(StandardCharsets.UTF_8))).isEmpty();
        String external = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"><Bsn>&x;</Bsn>"
                + "</jw305:Bericht>";
        assertThat(MessagePeek.peek(external.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
