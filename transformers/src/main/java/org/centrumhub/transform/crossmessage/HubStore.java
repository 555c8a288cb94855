package org.centrumhub.transform.crossmessage;

import java.util.List;
import java.util.UUID;

/** The hub's stores: read by the cross-message rules, changed by every accepted message. */
public interface HubStore extends HubState {

    /** Applies what an accepted message changes; the rows remember the message they came from. */
    void apply(List<StateChange> changes, UUID messageId);
}
