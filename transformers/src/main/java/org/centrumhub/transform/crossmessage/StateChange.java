package org.centrumhub.transform.crossmessage;

/** What an accepted message changes in the hub's stores. */
public sealed interface StateChange {

    /** A 301 line: the assignment with this number now reads like this (the latest 301 wins). */
    record AssignmentSet(Assignment assignment) implements StateChange {
    }

    /** A start or stop reported with StatusAanlevering 1. */
    record DeliveryReported(Delivery delivery) implements StateChange {
    }

    /** A start or stop withdrawn with StatusAanlevering 3: the delivery with the same logical key is deleted. */
    record DeliveryDeleted(Delivery delivery) implements StateChange {
    }

    /** A request (315 line or 317) was received. */
    record RequestReceived(Request request) implements StateChange {
    }

    /** A municipality answered a request (319). */
    record RequestAnswered(RequestAnswer answer) implements StateChange {
    }
}
