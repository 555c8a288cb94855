package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR361 (9361): in a VOW a product occurs more than once only without overlapping periods, counting unchanged and
 * to-be-changed products through their assignments. Two new products overlapping is TR410's (in-message)
 * finding; iWmo categories 11-14 may overlap.
 */
public final class Tr361NoOverlapInVow extends CrossMessageRule {
    private static final Set<String> IWMO_OVERLAP_ALLOWED = Set.of("11", "12", "13", "14");

    private record Period(XmlElement element, boolean isNew, String category, String product, LocalDate start,
                          LocalDate end) {
        boolean overlaps(Period other) {
            LocalDate thisEnd = end == null ? LocalDate.MAX : end;
            LocalDate otherEnd = other.end == null ? LocalDate.MAX : other.end;
            return !start.isAfter(otherEnd) && !other.start.isAfter(thisEnd);
        }
    }

    public Tr361NoOverlapInVow() {
        super("TR361", "9361", "no overlapping periods for one product in a VOW, assignments included", 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        String client = VowLines.client(message, state);
        List<Period> periods = new ArrayList<>();
        for (VowLines.Line line : VowLines.of(message, state)) {
            line.assignment().filter(a -> a.client().equals(client) && a.provider().equals(message.sender()))
                    .ifPresent(a -> periods.add(new Period(line.element(), false, a.category(), product(a.code(), a.category()),
                            line.toChange() ? line.element().date("GewensteIngangsdatum").orElseThrow() : a.start(),
                            line.toChange() ? line.element().date("Einddatum").orElse(null) : a.end())));
        }
        for (XmlElement added : message.root().all("Client/Verzoek/NieuweProducten/NieuwProduct")) {
            periods.add(new Period(added, true, added.text("Product/Categorie").orElse(null),
                    product(added.text("Product/Code").orElse(null), added.text("Product/Categorie").orElse(null)),
                    added.date("GewensteIngangsdatum").orElseThrow(), added.date("Einddatum").orElse(null)));
        }
        boolean iwmo = message.type().standard() == Standard.IWMO;
        for (int i = 0; i < periods.size(); i++) {
            for (int j = 0; j < i; j++) {
                Period later = periods.get(i);
                Period earlier = periods.get(j);
                boolean exempt = iwmo && later.category() != null && IWMO_OVERLAP_ALLOWED.contains(later.category());
                if (!(later.isNew() && earlier.isNew()) && !exempt && later.product().equals(earlier.product())
                        && later.overlaps(earlier)) {
                    context.report(later.element(), "product " + later.product() + " overlaps " + earlier.element().path());
                    break;
                }
            }
        }
    }

    private static String product(String code, String category) {
        return code != null ? "code " + code : category != null ? "category " + category : "without product";
    }
}
