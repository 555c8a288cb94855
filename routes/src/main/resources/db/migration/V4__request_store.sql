-- What the request and answer rules need: the extent and request reference of assignments, the providers'
-- requests (315 lines, 317) and the municipalities' answers (319).
ALTER TABLE assignment ADD COLUMN reference text;
ALTER TABLE assignment ADD COLUMN volume bigint;
ALTER TABLE assignment ADD COLUMN unit text;
ALTER TABLE assignment ADD COLUMN frequency text;
ALTER TABLE assignment ADD COLUMN budget bigint;
CREATE INDEX assignment_reference ON assignment (domain, provider, reference) WHERE reference IS NOT NULL;

CREATE TABLE request (
    domain          text    NOT NULL,
    provider        text    NOT NULL,
    reference       text    NOT NULL,
    municipality    text    NOT NULL,
    client_key      text    NOT NULL,
    message_number  smallint NOT NULL CHECK (message_number IN (315, 317)),
    dagtekening     date    NOT NULL,
    message_id      uuid    NOT NULL,
    PRIMARY KEY (domain, provider, reference)
);
CREATE INDEX request_client ON request (domain, provider, municipality, client_key);

CREATE TABLE request_answer (
    id                bigserial PRIMARY KEY,
    domain            text NOT NULL,
    municipality      text NOT NULL,
    provider          text NOT NULL,
    reference         text NOT NULL,
    verzoek_antwoord  text NOT NULL,
    message_id        uuid NOT NULL
);
CREATE INDEX request_answer_reference ON request_answer (domain, provider, reference);
