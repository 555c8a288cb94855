package org.centrumhub.bench.hub;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.fixtures.LargeDeclaration;

/**
 * The providers' monthly declarations (323) to the region's centre, each provider on clients of its own whose
 * assignments (301) the participating municipalities send first, every client's from one of them in turn. A
 * provider has a block of test BSNs and of assignment numbers, and declares the months of its assignments in order
 * (TR318: a period never goes back; TR389: one debit per product period): the twelve months before the current one.
 * Every line fits its assignment, so a declaration is granted in full unless the hub finds otherwise.
 */
public final class Declarations {
    /** The centre municipality of Zuid-Limburg (config/regions), which every declaration is addressed to. */
    public static final String CENTRE = "0935";
    private static final Pattern AFZENDER = Pattern.compile("Afzender>(\\d{4})<");
    private static final int NUMBERS_PER_PROVIDER = 1_000_000;

    private final List<String> municipalities;
    private final LocalDate today;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private int nextSeed;

    private static final class Provider {
        final int index;
        final int firstSeed;
        int clients;
        int linesPerClient;
        int monthsDeclared;

        Provider(int index, int firstSeed, int clients, int linesPerClient) {
            this.index = index;
            this.firstSeed = firstSeed;
            this.clients = clients;
            this.linesPerClient = linesPerClient;
        }
    }

    /**
     * @param municipalities the participants that send the assignments
     * @param firstSeed      the first test BSN seed for the clients (keep other traffic's clients apart)
     * @param today          the hub's date: messages are dated today, months declared are before this one
     */
    public Declarations(List<String> municipalities, int firstSeed, LocalDate today) {
        this.municipalities = List.copyOf(municipalities);
        this.nextSeed = firstSeed;
        this.today = today;
        this.lastMonth = YearMonth.from(today).minusMonths(1);
        this.firstMonth = lastMonth.minusMonths(11);
    }

    /**
     * A provider declaring this many clients with this many lines each; again for the same code, before its
     * assignments are sent: fewer clients (its blocks of BSNs and numbers stay).
     */
    public void provider(String code, int clients, int linesPerClient) {
        if ((long) clients * linesPerClient >= NUMBERS_PER_PROVIDER) {
            throw new IllegalArgumentException("at most " + (NUMBERS_PER_PROVIDER - 1) + " lines per declaration");
        }
        Provider known = providers.get(code);
        if (known != null) {
            if (clients > known.clients) {
                throw new IllegalArgumentException("provider " + code + " has a block of " + known.clients + " clients");
            }
            known.clients = clients;
            known.linesPerClient = linesPerClient;
            return;
        }
        providers.put(code, new Provider(providers.size(), nextSeed, clients, linesPerClient));
        nextSeed += 2 * clients + 100; // one seed in eleven has no valid BSN
    }

    /** The lines of each of the provider's declarations. */
    public int lines(String provider) {
        Provider p = provider(provider);
        return p.clients * p.linesPerClient;
    }

    /**
     * Every provider's assignments, per municipality that sends them: one 301 per client (Identificatie {@code A},
     * the provider's index, the client's number), valid from the first month to the last.
     */
    public Map<String, List<Outbound>> assignments() {
        Map<String, List<Outbound>> byMunicipality = new LinkedHashMap<>();
        municipalities.forEach(m -> byMunicipality.put(m, new ArrayList<>()));
        providers.forEach((code, p) -> {
            String prefix = String.format("A%02d", p.index);
            List<byte[]> messages = shape(code, p).assignments(municipalities, firstMonth.atDay(1),
                    lastMonth.atEndOfMonth(), firstMonth.atDay(1).minusDays(14), prefix);
            for (int c = 0; c < messages.size(); c++) {
                Matcher sender = AFZENDER.matcher(new String(messages.get(c), 0, 1000, StandardCharsets.UTF_8));
                if (!sender.find()) {
                    throw new IllegalStateException("no Afzender in a generated 301");
                }
                byMunicipality.get(sender.group(1)).add(new Outbound(prefix + c, messages.get(c), 1));
            }
        });
        return byMunicipality;
    }

    /** The provider's declaration of its next month (Identificatie {@code D<provider>M<yyMM>}). */
    public Outbound next(String provider) {
        Outbound declaration = peek(provider);
        provider(provider).monthsDeclared++;
        return declaration;
    }

    /** What {@link #next} would give, without using up the month. */
    public Outbound peek(String provider) {
        Provider p = provider(provider);
        YearMonth month = firstMonth.plusMonths(p.monthsDeclared);
        if (month.isAfter(lastMonth)) {
            throw new IllegalStateException("provider " + provider + " has declared all twelve months of its assignments");
        }
        String tag = String.format("%02dM%02d%02d", p.index, month.getYear() % 100, month.getMonthValue());
        LargeDeclaration declaration = shape(provider, p).identified("D" + tag, "N" + tag, today).period(month)
                .references("R" + tag + "L");
        return new Outbound("D" + tag, declaration.toBytes(), declaration.lines());
    }

    private Provider provider(String code) {
        Provider p = providers.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no declarations of provider " + code);
        }
        return p;
    }

    private static LargeDeclaration shape(String code, Provider p) {
        return LargeDeclaration.of(Standard.IJW, p.clients, p.linesPerClient).from(code, CENTRE)
                .clientsFromSeed(p.firstSeed).assignmentsFrom((long) (p.index + 1) * NUMBERS_PER_PROVIDER + 1);
    }
}
