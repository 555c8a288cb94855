-- The stores the cross-message rules read. Clients are known by a keyed hash of the BSN (client_key): no store
-- holds a BSN. Every row names the message that made it, so a row can be traced to its source.

-- Current assignments: the latest 301 line per number wins (TR332: unique per municipality per legal domain).
CREATE TABLE assignment (
    domain          text    NOT NULL,
    municipality    text    NOT NULL,
    number          bigint  NOT NULL,
    provider        text    NOT NULL,
    client_key      text    NOT NULL,
    category        text,
    code            text,
    start_date      date    NOT NULL,
    end_date        date,
    reden_wijziging text,
    message_id      uuid    NOT NULL,
    PRIMARY KEY (domain, municipality, number)
);
CREATE INDEX assignment_client ON assignment (domain, municipality, provider, client_key);

-- Reported starts (305) and stops (307); a delete (status 3) marks the line it withdraws.
CREATE TABLE delivery (
    id                bigserial PRIMARY KEY,
    kind              text    NOT NULL CHECK (kind IN ('START', 'STOP')),
    domain            text    NOT NULL,
    provider          text    NOT NULL,
    municipality      text    NOT NULL,
    client_key        text    NOT NULL,
    assignment_number bigint,
    category          text,
    code              text,
    assignment_start  date,
    begin_date        date    NOT NULL,
    end_date          date,
    reason            text,
    message_id        uuid    NOT NULL,
    deleted_by        uuid
);
CREATE INDEX delivery_client ON delivery (domain, provider, municipality, client_key) WHERE deleted_by IS NULL;

-- The message store learns the client and keeps the error notice of a refused message, so a redelivery after a
-- crash can send exactly what the first attempt would have sent.
ALTER TABLE message ADD COLUMN client_key text;
ALTER TABLE message ADD COLUMN notice text;
CREATE INDEX message_client ON message (client_key);
