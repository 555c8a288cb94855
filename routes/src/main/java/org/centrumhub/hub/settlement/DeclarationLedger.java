package org.centrumhub.hub.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centrumhub.hub.store.Writes;
import org.centrumhub.transform.declaration.DeclarationLine;
import org.centrumhub.transform.declaration.Judgement;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.settlement.GrantedLine;
import org.centrumhub.transform.settlement.LedgerEntry;
import org.centrumhub.transform.settlement.Settlement;
import org.springframework.stereotype.Component;

/**
 * Books every granted line of a judged declaration in the ledger, in the transaction that stores the judgement:
 * the responsible participant's own cost, or a jointly paid category spread over the region's participants by their
 * shares (credits negative, in the DeclaratiePeriode's month).
 */
@Component
public class DeclarationLedger {
    private final Regions regions;
    private final LedgerStore ledger;

    public DeclarationLedger(Regions regions, LedgerStore ledger) {
        this.regions = regions;
        this.ledger = ledger;
    }

    public void record(UUID messageId, Judgement judgement, Writes writes) {
        YearMonth period = judgement.declaration().period();
        List<LedgerEntry> entries = new ArrayList<>();
        for (DeclarationLine line : judgement.grantedLines()) {
            GrantedLine granted = new GrantedLine(judgement.declaration().domain(), judgement.declaration().provider(),
                    line.responsible(), line.category(), line.code(), period, line.begin(), line.amountCents(),
                    line.reference());
            entries.addAll(Settlement.entries(regions.regionOf(granted.domain(), line.responsible()).orElse(null),
                    granted));
        }
        ledger.record(entries, messageId, writes);
    }
}
