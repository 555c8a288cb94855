-- The intake, right under every condition (issue 7).
--
-- 1. The message store is rebuilt: partition bounds are instants at UTC month starts (before, they were dates read
--    in the session's time zone, so a hub whose JVM ran in Europe/Amsterdam filed the last hour of a month in the
--    next month's partition or failed), a default partition catches what no month partition takes, and every row
--    says what became of the message (outcome) and which party's address it came from. The id is the hub's own
--    (CentrumhubMessageId), set before the message is judged; a redelivery is recognised by it, never by an id the
--    client chose.
-- 2. TR056 is backed by a unique key: the Identificaties that count as sent (not a refused or 0001-rejected one).
-- 3. Assignments are kept as versions (one per 301 line); the current one is the latest Toewijzingsdatum +
--    Toewijzingstijd that no provider rejected.
SET LOCAL TIME ZONE 'UTC';

-- 1. the message store
ALTER TABLE message RENAME TO message_v5;
ALTER TABLE message_v5 RENAME CONSTRAINT message_pkey TO message_v5_pkey;
ALTER INDEX message_business_key RENAME TO message_v5_business_key;
ALTER INDEX message_receiver RENAME TO message_v5_receiver;
ALTER INDEX message_broker_message_id RENAME TO message_v5_broker_message_id;
ALTER INDEX message_client RENAME TO message_v5_client;
ALTER INDEX message_assignment_numbers RENAME TO message_v5_assignment_numbers;
DO $$
DECLARE
    part record;
BEGIN
    FOR part IN SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'message_v5'::regclass LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', part.name, part.name || '_v5');
    END LOOP;
END $$;
DROP FUNCTION ensure_message_partition(date);

CREATE TABLE message (
    id                 uuid        NOT NULL,  -- the hub's id (CentrumhubMessageId)
    received_at        timestamptz NOT NULL,
    party_role         text        NOT NULL CHECK (party_role IN ('PROVIDER', 'MUNICIPALITY')),
    party_code         text        NOT NULL,  -- whose address it arrived on
    client_message_id  text,                  -- the JMSMessageID the client set, if any: for its error notices only
    bericht_code       smallint,
    message_type       text,
    sender             text        NOT NULL,  -- who sent it in the exchange (for a retour: the provider)
    receiver           text,                  -- who it is for (for a retour: the municipality it is relayed to)
    identificatie      text,                  -- the header's (for a retour: the Identificatie of the message it answers)
    client_key         text,
    assignment_numbers bigint[]    NOT NULL DEFAULT '{}',
    outcome            text        NOT NULL
        CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'INVALID', 'FORWARDED', 'RELAYED', 'REFUSED')),
    retour_codes       text[]      NOT NULL DEFAULT '{}',
    advice_codes       text[]      NOT NULL DEFAULT '{}',  -- a forwarded message: what the hub's stores predict
    raw_xml            bytea       NOT NULL,
    answer_xml         bytea,
    answered_at        timestamptz,
    notice             text,
    in_reply_to        uuid,                  -- a relayed retour: the forwarded message it answers
    receiver_verdict   text CHECK (receiver_verdict IN ('ACCEPTED', 'REJECTED')),  -- a forwarded message: its retour's
    PRIMARY KEY (id, received_at)
) PARTITION BY RANGE (received_at);

CREATE TABLE message_default PARTITION OF message DEFAULT;
CREATE INDEX message_business_key ON message (bericht_code, sender, identificatie);
CREATE INDEX message_receiver ON message (receiver, received_at);
CREATE INDEX message_client ON message (client_key);
CREATE INDEX message_assignment_numbers ON message USING gin (assignment_numbers);
CREATE INDEX message_awaiting_retour ON message (bericht_code, sender, receiver, identificatie)
    WHERE outcome = 'FORWARDED' AND receiver_verdict IS NULL;

-- The partition of the UTC month that holds the instant: created once, rows that waited in the default partition
-- moved into it. Safe to call from several hubs at once.
CREATE FUNCTION ensure_message_partition(at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', at AT TIME ZONE 'UTC')::date;
    lower_bound timestamptz := first_day::timestamp AT TIME ZONE 'UTC';
    upper_bound timestamptz := (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC';
    name text := 'message_' || to_char(first_day, 'YYYY_MM');
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('ensure_message_partition'));
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE message INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
    EXECUTE format('WITH moved AS (DELETE FROM message_default WHERE received_at >= %L AND received_at < %L RETURNING *) '
                   'INSERT INTO %I SELECT * FROM moved', lower_bound, upper_bound, name);
    EXECUTE format('ALTER TABLE message ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lower_bound, upper_bound);
END $$;

SELECT ensure_message_partition(month) FROM (SELECT DISTINCT date_trunc('month', received_at) AS month FROM message_v5) m;

INSERT INTO message (id, received_at, party_role, party_code, client_message_id, bericht_code, message_type, sender,
                     receiver, identificatie, client_key, assignment_numbers, outcome, retour_codes, raw_xml,
                     answer_xml, answered_at, notice)
SELECT id, received_at,
       CASE WHEN bericht_code IN (436, 414, 488, 482) THEN 'MUNICIPALITY' ELSE 'PROVIDER' END,
       sender, broker_message_id, bericht_code, message_type, sender, receiver, identificatie, client_key,
       assignment_numbers,
       -- before V6 a provider's retour was stored but not relayed ('received'); it is kept as relayed
       CASE status WHEN 'accepted' THEN 'ACCEPTED' WHEN 'refused' THEN 'REFUSED' WHEN 'received' THEN 'RELAYED'
                   ELSE CASE WHEN '0001' = ANY (retour_codes) THEN 'INVALID' ELSE 'REJECTED' END END,
       retour_codes, raw_xml, answer_xml, answered_at, notice
FROM message_v5;
DROP TABLE message_v5 CASCADE;

-- 2. TR056: the Identificaties that count as sent, unique per sender and message type
CREATE TABLE sent_identificatie (
    sender        text     NOT NULL,
    bericht_code  smallint NOT NULL,
    identificatie text     NOT NULL,
    message_id    uuid     NOT NULL,
    PRIMARY KEY (sender, bericht_code, identificatie)
);
INSERT INTO sent_identificatie (sender, bericht_code, identificatie, message_id)
SELECT DISTINCT ON (sender, bericht_code, identificatie) sender, bericht_code, identificatie, id
FROM message WHERE outcome IN ('ACCEPTED', 'REJECTED', 'FORWARDED') AND NOT ('9056' = ANY (retour_codes))
ORDER BY sender, bericht_code, identificatie, received_at;

-- 3. assignments as versions
ALTER TABLE assignment RENAME TO assignment_v5;
ALTER TABLE assignment_v5 RENAME CONSTRAINT assignment_pkey TO assignment_v5_pkey;
ALTER INDEX assignment_client RENAME TO assignment_v5_client;
ALTER INDEX assignment_reference RENAME TO assignment_v5_reference;
CREATE TABLE assignment (
    id              bigserial PRIMARY KEY,
    domain          text      NOT NULL,
    municipality    text      NOT NULL,
    number          bigint    NOT NULL,
    provider        text      NOT NULL,
    client_key      text      NOT NULL,
    category        text,
    code            text,
    start_date      date      NOT NULL,
    end_date        date,
    reden_wijziging text,
    reference       text,
    volume          bigint,
    unit            text,
    frequency       text,
    budget          bigint,
    assigned_at     timestamp NOT NULL,  -- Toewijzingsdatum + Toewijzingstijd: a date-time of the standard, no zone
    message_id      uuid      NOT NULL,
    rejected        boolean   NOT NULL DEFAULT false  -- the provider's retour rejected the 301 that carried it
);
CREATE INDEX assignment_number ON assignment (domain, municipality, number);
CREATE INDEX assignment_client ON assignment (domain, municipality, provider, client_key);
CREATE INDEX assignment_reference ON assignment (domain, provider, reference) WHERE reference IS NOT NULL;
CREATE INDEX assignment_message ON assignment (message_id);
-- before V6 only the latest version was kept; its assignment time was not, so its arrival stands in for it
INSERT INTO assignment (domain, municipality, number, provider, client_key, category, code, start_date, end_date,
                        reden_wijziging, reference, volume, unit, frequency, budget, assigned_at, message_id)
SELECT a.domain, a.municipality, a.number, a.provider, a.client_key, a.category, a.code, a.start_date, a.end_date,
       a.reden_wijziging, a.reference, a.volume, a.unit, a.frequency, a.budget,
       coalesce((SELECT min(m.received_at) AT TIME ZONE 'Europe/Amsterdam' FROM message m WHERE m.id = a.message_id),
                a.start_date::timestamp),
       a.message_id
FROM assignment_v5 a;
DROP TABLE assignment_v5;

ALTER TABLE request_answer ADD COLUMN rejected boolean NOT NULL DEFAULT false;
CREATE INDEX request_answer_message ON request_answer (message_id);
