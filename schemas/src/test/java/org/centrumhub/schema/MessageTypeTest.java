package org.centrumhub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MessageTypeTest {
    @Test
    void fourteenMessagesPerStandard() {
        assertThat(Arrays.stream(MessageType.values()).filter(t -> t.standard() == Standard.IJW)).hasSize(14);
        assertThat(Arrays.stream(MessageType.values()).filter(t -> t.standard() == Standard.IWMO)).hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void xsdDeclaresTheNamespaceAndFixesTheBerichtCode(MessageType type) throws IOException {
        String xsd;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.standard().xsdResource(type.xsdFileName()))) {
            assertThat(in).as(type.xsdFileName()).isNotNull();
            xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xsd).contains("targetNamespace=\"" + type.namespace() + "\"");
        assertThat(xsd).containsPattern("name=\"BerichtCode\">\\s*<xs:simpleType>\\s*<xs:restriction base=\"\\w+:LDT_BerichtCode\">\\s*<xs:pattern value=\"" + type.berichtCode() + "\"/>");
        assertThat(MessageType.fromNamespace(type.namespace())).contains(type);
        assertThat(MessageType.fromBerichtCode(type.berichtCode())).contains(type);
    }

    @Test
    void answersPairUp() {
        assertThat(MessageType.JW305.answer()).contains(MessageType.JW306);
        assertThat(MessageType.WMO319.answer()).contains(MessageType.WMO320);
        assertThat(MessageType.JW323.answer()).contains(MessageType.JW325);
        assertThat(MessageType.JW325.answer()).isEmpty();
        assertThat(MessageType.WMO302.answer()).isEmpty();
        for (MessageType type : MessageType.values()) {
            type.answer().ifPresent(answer -> assertThat(answer.answers()).contains(type));
        }
    }

    @Test
    void headerSenderFollowsTheHeenMessage() {
        assertThat(MessageType.JW301.headerSender()).isEqualTo(Party.Role.MUNICIPALITY);
        assertThat(MessageType.JW302.headerSender()).isEqualTo(Party.Role.MUNICIPALITY);
        assertThat(MessageType.WMO306.headerSender()).isEqualTo(Party.Role.PROVIDER);
        assertThat(MessageType.JW325.headerSender()).isEqualTo(Party.Role.MUNICIPALITY);
    }

    @Test
    void aRetourIsSentByTheReceiverOfItsHeenMessage() {
        for (MessageType type : MessageType.values()) {
            type.answer().ifPresent(answer -> {
                assertThat(answer.sender()).as(answer + " answers " + type).isEqualTo(type.receiver());
                assertThat(answer.receiver()).as(answer + " answers " + type).isEqualTo(type.sender());
            });
        }
        assertThat(MessageType.JW302.sender()).isEqualTo(Party.Role.PROVIDER);
        assertThat(MessageType.WMO325.sender()).isEqualTo(Party.Role.MUNICIPALITY);
    }

    @Test
    void theHubAnswersWhatIsSentToAMunicipalityAndRelaysWhatAProviderAnswers() {
        assertThat(Arrays.stream(MessageType.values()).filter(MessageType::answeredByHub).map(MessageType::number)
                .distinct()).containsExactlyInAnyOrder(305, 307, 315, 317, 323);
        assertThat(Arrays.stream(MessageType.values()).filter(t -> t.storeEffect() == MessageType.StoreEffect.RECEIVER_VERDICT)
                .map(MessageType::number).distinct()).containsExactlyInAnyOrder(302, 320);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyAnsweredMessageNamesItsRetourClasses(MessageType type) {
        boolean answered = type.kind() == MessageType.Kind.HEEN || type.kind() == MessageType.Kind.DECLARATION;
        assertThat(type.retourClasses().isEmpty()).as(type + " retour classes").isEqualTo(!answered);
    }
}
