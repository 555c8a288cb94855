package org.centrumhub.transform.crossmessage;

import java.util.List;
import java.util.Objects;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR326 (9326): a new start for an assigned product only when it has no current start (a start not deleted and
 * without a stop). A repeat of the very same start is TR074's.
 */
public final class Tr326OneCurrentStart extends CrossMessageRule {
    public Tr326OneCurrentStart() {
        super("TR326", "9326", "a new start only when the assigned product has no current start", 305);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery start = line.delivery();
            if (line.isDelete()) {
                continue;
            }
            List<Delivery> known = Lines.afterOwnDeletes(message, state).deliveries(start.domain(), start.provider(), start.municipality(), start.client());
            boolean current = known.stream().anyMatch(d -> d.kind() == Delivery.Kind.START && !d.sameKey(start)
                    && sameProduct(d, start)
                    && known.stream().noneMatch(stop -> stop.kind() == Delivery.Kind.STOP && stop.sameCareAs(d)));
            if (current) {
                context.report(line.element(), "the assigned product already has a current start; stop it first");
            }
        }
    }

    private static boolean sameProduct(Delivery a, Delivery b) {
        return a.assignmentNumber() != null ? a.assignmentNumber().equals(b.assignmentNumber())
                : Objects.equals(a.category(), b.category()) && Objects.equals(a.code(), b.code());
    }
}
