package org.centrumhub.transform.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * The product lines of an assignment (301 ToegewezenProduct), a request for assignment (315 AangevraagdProduct) and
 * a request for change (317 TeWijzigenProduct, NieuwProduct), with the names of their period elements, which differ
 * per message while the conditions on them (CD041, CD075-CD079, CS003, CS338) are the same.
 */
record ProductLine(XmlElement line, String startName, String endName) {

    static List<ProductLine> of(Message message) {
        XmlElement root = message.root();
        List<ProductLine> lines = new ArrayList<>();
        switch (message.type().number()) {
            case 301 -> root.all("Client/ToegewezenProducten/ToegewezenProduct")
                    .forEach(line -> lines.add(new ProductLine(line, "Ingangsdatum", "Einddatum")));
            case 315 -> root.all("Client/AangevraagdeProducten/AangevraagdProduct")
                    .forEach(line -> lines.add(new ProductLine(line, "ToewijzingIngangsdatum", "ToewijzingEinddatum")));
            case 317 -> {
                root.all("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct")
                        .forEach(line -> lines.add(new ProductLine(line, "GewensteIngangsdatum", "Einddatum")));
                root.all("Client/Verzoek/NieuweProducten/NieuwProduct")
                        .forEach(line -> lines.add(new ProductLine(line, "GewensteIngangsdatum", "Einddatum")));
            }
            default -> {
            }
        }
        return lines;
    }

    /** Only the lines that can name a product (not the 317 TeWijzigenProduct, which refers to an assignment). */
    static List<ProductLine> withProduct(Message message) {
        return of(message).stream().filter(ProductLine::canNameProduct).toList();
    }

    boolean canNameProduct() {
        return !line.name().equals("TeWijzigenProduct");
    }

    Optional<LocalDate> start() {
        return line.date(startName);
    }

    Optional<LocalDate> end() {
        return line.date(endName);
    }

    boolean hasBudget() {
        return line.has("Budget");
    }

    boolean hasOmvang() {
        return line.has("Omvang");
    }

    boolean hasProductCode() {
        return line.has("Product/Code");
    }

    /** End date after 2020-12-31 or open: the period the 2021 unit and frequency conditions govern. */
    boolean endsAfter2020OrOpen() {
        return end().map(end -> end.isAfter(LocalDate.of(2020, 12, 31))).orElse(true);
    }

    String describe() {
        return line.name() + " " + line.path();
    }
}
