package org.centrumhub.transform.crossmessage;

import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** What the 319 rules (TR355, TR359, TR360, TR365) look at: the answer and what went before for its reference. */
record AnswerRules(XmlElement antwoord, RequestAnswer answer, List<RequestAnswer> earlierAnswers) {

    static AnswerRules of(Message message, HubState state) {
        RequestAnswer answer = Lines.answer(message);
        return new AnswerRules(message.root().at("Antwoord").orElseThrow(), answer,
                state.answers(answer.domain(), answer.provider(), answer.reference()));
    }
}
