package org.centrumhub.transform.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;

/**
 * A product may occur on several lines of one message only with periods that do not overlap. A product is its
 * Product/Code; without a code its Categorie; without a Product at all, lines without a Product are one product.
 * In iWmo, categories 11-14 may overlap. TR302 (301), TR386 (315) and TR410 (317 NieuwProduct) apply this.
 */
abstract class NoOverlappingProducts extends BaseRule {
    private static final Set<String> IWMO_OVERLAP_ALLOWED = Set.of("11", "12", "13", "14");

    NoOverlappingProducts(String code, String description, int number) {
        super(code, description, number);
    }

    /** The lines to compare; subclasses leave out the lines their rule ignores. */
    protected List<ProductLine> lines(Message message) {
        return ProductLine.withProduct(message);
    }

    @Override
    public final void check(Message message, RuleContext context) {
        List<ProductLine> lines = lines(message).stream()
                .filter(line -> !(message.type().standard() == Standard.IWMO
                        && line.line().text("Product/Categorie").filter(IWMO_OVERLAP_ALLOWED::contains).isPresent()))
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < i; j++) {
                ProductLine earlier = lines.get(j);
                ProductLine later = lines.get(i);
                if (product(earlier).equals(product(later)) && overlap(earlier, later)) {
                    context.report(later.line(), "product " + product(later) + " also occurs on "
                            + earlier.line().path() + " with an overlapping period");
                    break;
                }
            }
        }
    }

    private static String product(ProductLine line) {
        return line.line().text("Product/Code").map(code -> "code " + code)
                .or(() -> line.line().text("Product/Categorie").map(category -> "category " + category))
                .orElse("without product");
    }

    private static boolean overlap(ProductLine a, ProductLine b) {
        LocalDate aStart = a.start().orElse(LocalDate.MIN);
        LocalDate bStart = b.start().orElse(LocalDate.MIN);
        LocalDate aEnd = a.end().orElse(LocalDate.MAX);
        LocalDate bEnd = b.end().orElse(LocalDate.MAX);
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }
}
