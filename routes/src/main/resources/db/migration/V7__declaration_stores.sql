-- Declarations judged line by line (issue 8).
-- 1. The declarations that count as sent (TR333: number unique per provider per domain; TR318: latest period per
--    provider and municipality) and every line of them, granted or not (TR314: a ReferentieNummer is used once;
--    TR323/TR389/TR390: credits and debits; TR322/TR369: volume on an assignment). Clients by client key only.
-- 2. The parts of a declaration split per participating municipality, kept with the message so a redelivery sends
--    exactly what the first attempt would have sent.
-- 3. Declarations waiting for their assignments: judged again when one arrives, answered by their deadline.

CREATE TABLE declaration (
    message_id   uuid PRIMARY KEY,
    domain       text NOT NULL,
    provider     text NOT NULL,
    municipality text NOT NULL,   -- the Ontvanger it was addressed to
    number       text NOT NULL,
    period       date NOT NULL,   -- first day of the DeclaratiePeriode
    UNIQUE (domain, provider, number)
);
CREATE INDEX declaration_period ON declaration (domain, provider, municipality, period);

CREATE TABLE declaration_line (
    id                 bigserial PRIMARY KEY,
    message_id         uuid    NOT NULL,
    domain             text    NOT NULL,
    provider           text    NOT NULL,
    municipality       text    NOT NULL,   -- responsible: the one whose assignment the line refers to
    client_key         text    NOT NULL,
    reference          text    NOT NULL,
    previous_reference text,
    assignment_number  bigint  NOT NULL,
    category           text    NOT NULL,
    code               text    NOT NULL,
    begin_date         date    NOT NULL,
    end_date           date    NOT NULL,
    volume             bigint  NOT NULL,
    unit               text    NOT NULL,
    amount_cents       bigint  NOT NULL,   -- signed: credits negative
    granted            boolean NOT NULL
);
CREATE INDEX declaration_line_reference ON declaration_line (domain, provider, reference);
CREATE INDEX declaration_line_previous ON declaration_line (domain, provider, previous_reference)
    WHERE previous_reference IS NOT NULL AND granted;
CREATE INDEX declaration_line_assignment ON declaration_line (domain, provider, municipality, assignment_number)
    WHERE granted;

CREATE TABLE declaration_part (
    message_id   uuid  NOT NULL,
    municipality text  NOT NULL,
    xml          bytea NOT NULL,
    PRIMARY KEY (message_id, municipality)
);

CREATE TABLE waiting_declaration (
    message_id   uuid        PRIMARY KEY,
    provider     text        NOT NULL,
    received_at  timestamptz NOT NULL,
    due          date        NOT NULL,   -- the 325 is due: judged finally on this day at the latest
    judged_at    timestamptz NOT NULL,   -- last judged; judged again once an assignment arrives after this
    queued_at    timestamptz             -- when a new judgement was put on the intake queue
);
CREATE INDEX assignment_provider_arrival ON assignment (provider, id);
ALTER TABLE assignment ADD COLUMN arrived_at timestamptz NOT NULL DEFAULT now();
-- the judgement of a waiting declaration that decided it (a redelivered re-judgement sends what it decided)
ALTER TABLE message ADD COLUMN decision_attempt uuid;

-- declarations add two outcomes: partly granted, and waiting for their assignments
ALTER TABLE message DROP CONSTRAINT message_outcome_check;
ALTER TABLE message ADD CONSTRAINT message_outcome_check
    CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'PARTIAL', 'WAITING', 'INVALID', 'FORWARDED', 'RELAYED', 'REFUSED'));
