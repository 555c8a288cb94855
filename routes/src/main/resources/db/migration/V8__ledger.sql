-- The settlement ledger: one row per participant and granted declaration line (a jointly paid line has one row per
-- participant of its region's domain). Amounts in euro cents, credits negative; period is the first day of the
-- DeclaratiePeriode month. The statements are sums over (region, period) or (participant, period).
CREATE TABLE ledger_entry (
    id                bigserial   PRIMARY KEY,
    message_id        uuid        NOT NULL,
    region            text,                   -- null: a municipality outside any region
    domain            text        NOT NULL,   -- IJW or IWMO
    provider          text        NOT NULL,
    participant       text        NOT NULL,   -- who pays this entry
    responsible       text        NOT NULL,   -- the client's municipality
    category          text        NOT NULL,
    product_code      text,
    period            date        NOT NULL CHECK (extract(day FROM period) = 1),
    amount_cents      bigint      NOT NULL,
    joint             boolean     NOT NULL,
    referentie_nummer text,
    recorded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ledger_entry_region_period ON ledger_entry (region, period);
CREATE INDEX ledger_entry_participant_period ON ledger_entry (participant, period);
CREATE INDEX ledger_entry_message ON ledger_entry (message_id);
