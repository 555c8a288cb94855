-- Personal data at rest (docs/data-at-rest.md).
--
-- 1. The XML the hub keeps (raw_xml, answer_xml, declaration_part.xml) and the error notice (it can quote the
--    message: an XSD error names the value it refused) are encrypted by the hub before they are stored, with keys
--    kept outside the database. notice becomes bytea for that. Every value stored before is marked with a leading
--    0x00 byte ("stored before encryption"), so the format of every value is known from its first byte (0x01: AES-GCM
--    with the key id in the next four bytes); the hub's re-encryption job then encrypts them under the newest key.
-- 2. Retention per kind of message: each monthly partition is split by LIST (retention_kind) into one partition per
--    kind, so one (month, kind) is dropped as a whole when its retention has passed. The kind is fixed when the
--    message is stored: 'declaration' (323, 325), 'care' (the other messages), 'refused' (refused on transport or
--    rejected as invalid with 0001, whatever their type).
-- 3. Erasure per client: every client a message concerns (one, or every client of a declaration), and when its
--    content was erased.
-- The message store is rebuilt as in V6: the old table is renamed, the new one made, the rows moved.
SET LOCAL TIME ZONE 'UTC';

ALTER TABLE message RENAME TO message_v9;
ALTER TABLE message_v9 RENAME CONSTRAINT message_pkey TO message_v9_pkey;
ALTER INDEX message_business_key RENAME TO message_v9_business_key;
ALTER INDEX message_receiver RENAME TO message_v9_receiver;
ALTER INDEX message_client RENAME TO message_v9_client;
ALTER INDEX message_assignment_numbers RENAME TO message_v9_assignment_numbers;
ALTER INDEX message_awaiting_retour RENAME TO message_v9_awaiting_retour;
DO $$
DECLARE
    part record;
BEGIN
    FOR part IN SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'message_v9'::regclass LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', part.name, part.name || '_v9');
    END LOOP;
END $$;
DROP FUNCTION ensure_message_partition(timestamptz);

CREATE TABLE message (
    id                 uuid        NOT NULL,  -- the hub's id (CentrumhubMessageId)
    received_at        timestamptz NOT NULL,
    retention_kind     text        NOT NULL CHECK (retention_kind IN ('declaration', 'care', 'refused')),
    party_role         text        NOT NULL CHECK (party_role IN ('PROVIDER', 'MUNICIPALITY')),
    party_code         text        NOT NULL,  -- whose address it arrived on
    client_message_id  text,                  -- the JMSMessageID the client set, if any: for its error notices only
    bericht_code       smallint,
    message_type       text,
    sender             text        NOT NULL,  -- who sent it in the exchange (for a retour: the provider)
    receiver           text,                  -- who it is for (for a retour: the municipality it is relayed to)
    identificatie      text,                  -- the header's (for a retour: the Identificatie of the message it answers)
    client_key         text,
    client_keys        text[]      NOT NULL DEFAULT '{}',  -- every client it concerns (a declaration: all of them)
    assignment_numbers bigint[]    NOT NULL DEFAULT '{}',
    outcome            text        NOT NULL
        CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'PARTIAL', 'WAITING', 'INVALID', 'FORWARDED', 'RELAYED', 'REFUSED')),
    retour_codes       text[]      NOT NULL DEFAULT '{}',
    advice_codes       text[]      NOT NULL DEFAULT '{}',  -- a forwarded message: what the hub's stores predict
    raw_xml            bytea       NOT NULL,  -- encrypted by the hub (MessageCipher); empty: nothing kept
    answer_xml         bytea,                 -- encrypted by the hub
    answered_at        timestamptz,
    notice             bytea,                 -- the JSON error notice, encrypted by the hub
    in_reply_to        uuid,                  -- a relayed retour: the forwarded message it answers
    receiver_verdict   text CHECK (receiver_verdict IN ('ACCEPTED', 'REJECTED')),  -- a forwarded message: its retour's
    decision_attempt   uuid,                  -- the judgement of a waiting declaration that decided it
    erased_at          timestamptz,           -- its content was erased for a client (POST /api/v1/admin/erasure)
    PRIMARY KEY (id, received_at, retention_kind)
) PARTITION BY RANGE (received_at);

CREATE TABLE message_default PARTITION OF message DEFAULT;
CREATE INDEX message_business_key ON message (bericht_code, sender, identificatie);
CREATE INDEX message_receiver ON message (receiver, received_at);
CREATE INDEX message_client ON message (client_key);
CREATE INDEX message_client_keys ON message USING gin (client_keys);
CREATE INDEX message_assignment_numbers ON message USING gin (assignment_numbers);
CREATE INDEX message_awaiting_retour ON message (bericht_code, sender, receiver, identificatie)
    WHERE outcome = 'FORWARDED' AND receiver_verdict IS NULL;

-- The partition of the UTC month that holds the instant, split into one partition per retention kind: created
-- once, rows that waited in the default partition moved into it. Safe to call from several hubs at once. A month
-- whose partitions retention dropped entirely is not made again by a later call.
CREATE FUNCTION ensure_message_partition(at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', at AT TIME ZONE 'UTC')::date;
    lower_bound timestamptz := first_day::timestamp AT TIME ZONE 'UTC';
    upper_bound timestamptz := (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC';
    name text := 'message_' || to_char(first_day, 'YYYY_MM');
    kind text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('ensure_message_partition'));
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE message INCLUDING DEFAULTS INCLUDING CONSTRAINTS) '
                   'PARTITION BY LIST (retention_kind)', name);
    FOREACH kind IN ARRAY ARRAY['declaration', 'care', 'refused'] LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)', name || '_' || kind, name, kind);
    END LOOP;
    EXECUTE format('WITH moved AS (DELETE FROM message_default WHERE received_at >= %L AND received_at < %L RETURNING *) '
                   'INSERT INTO %I SELECT * FROM moved', lower_bound, upper_bound, name);
    EXECUTE format('ALTER TABLE message ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lower_bound, upper_bound);
END $$;

-- The key a stored value is under: null for none (null or empty), 0 for one stored before encryption, else the key
-- id of an AES-GCM value. Reads only the first five bytes (a slice, also of a large value kept out of line).
CREATE FUNCTION stored_key(value bytea) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN NULL
                WHEN length(head) = 0 THEN NULL
                WHEN get_byte(head, 0) = 1 AND length(head) = 5
                    THEN (get_byte(head, 1) << 24) | (get_byte(head, 2) << 16) | (get_byte(head, 3) << 8) | get_byte(head, 4)
                ELSE 0 END
    FROM (SELECT substring(value FROM 1 FOR 5) AS head) h
$$;

SELECT ensure_message_partition(month) FROM (SELECT DISTINCT date_trunc('month', received_at) AS month FROM message_v9) m;

INSERT INTO message (id, received_at, retention_kind, party_role, party_code, client_message_id, bericht_code,
                     message_type, sender, receiver, identificatie, client_key, client_keys, assignment_numbers, outcome,
                     retour_codes, advice_codes, raw_xml, answer_xml, answered_at, notice, in_reply_to,
                     receiver_verdict, decision_attempt)
SELECT m.id, m.received_at,
       CASE WHEN m.outcome IN ('REFUSED', 'INVALID') OR m.bericht_code IS NULL THEN 'refused'
            WHEN m.bericht_code IN (490, 491, 484, 485) THEN 'declaration'
            ELSE 'care' END,
       m.party_role, m.party_code, m.client_message_id, m.bericht_code, m.message_type, m.sender, m.receiver,
       m.identificatie, m.client_key,
       CASE WHEN m.client_key IS NOT NULL THEN ARRAY[m.client_key]
            ELSE coalesce((SELECT array_agg(DISTINCT l.client_key ORDER BY l.client_key) FROM declaration_line l
                           WHERE l.message_id = m.id), '{}') END,
       m.assignment_numbers, m.outcome, m.retour_codes, m.advice_codes,
       CASE WHEN length(m.raw_xml) = 0 THEN m.raw_xml ELSE decode('00', 'hex') || m.raw_xml END,
       CASE WHEN length(m.answer_xml) = 0 THEN m.answer_xml ELSE decode('00', 'hex') || m.answer_xml END,
       m.answered_at,
       CASE WHEN m.notice IS NULL OR m.notice = '' THEN NULL ELSE decode('00', 'hex') || convert_to(m.notice, 'UTF8') END,
       m.in_reply_to, m.receiver_verdict, m.decision_attempt
FROM message_v9 m;
DROP TABLE message_v9 CASCADE;

-- the parts of split declarations: marked as stored before encryption, like the messages
UPDATE declaration_part SET xml = decode('00', 'hex') || xml WHERE length(xml) > 0;
