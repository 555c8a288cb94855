-- The message store: every message the hub received or sent, raw, with what the hub decided about it.
-- Range-partitioned by month of receipt so old months can be detached and dropped; the hub creates the partitions
-- of the current and next month at start-up (ensure_message_partition), older rows land in their own months.
CREATE TABLE message (
    id              uuid        NOT NULL,
    received_at     timestamptz NOT NULL,
    bericht_code    smallint,
    message_type    text,
    sender          text        NOT NULL,
    receiver        text,
    identificatie   text,
    status          text        NOT NULL,
    retour_codes    text[]      NOT NULL DEFAULT '{}',
    raw_xml         bytea       NOT NULL,
    answer_xml      bytea,
    answered_at     timestamptz,
    PRIMARY KEY (id, received_at)
) PARTITION BY RANGE (received_at);

CREATE INDEX message_business_key ON message (bericht_code, sender, identificatie);
CREATE INDEX message_receiver ON message (receiver, received_at);

CREATE FUNCTION ensure_message_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', month)::date;
    name text := 'message_' || to_char(first_day, 'YYYY_MM');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF message FOR VALUES FROM (%L) TO (%L)',
                   name, first_day, (first_day + interval '1 month')::date);
END $$;
