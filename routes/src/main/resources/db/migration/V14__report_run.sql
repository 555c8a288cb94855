-- The monthly reports run (issue 10): one row per municipality and month, so each municipality's files are written
-- and announced once, also with several hub nodes. A node takes the row with FOR UPDATE SKIP LOCKED for the whole
-- run (another node skips it; a node that dies releases it with its connection) and marks it announced when the
-- notice has gone out. The id is the notice's CentrumhubMessageId: a notice sent again after a crash between the
-- send and the commit carries the same id, so the municipality's system drops the copy.
CREATE TABLE report_run (
    municipality  text        NOT NULL,
    period        date        NOT NULL CHECK (extract(day FROM period) = 1),  -- first day of the month reported
    id            uuid        NOT NULL UNIQUE,
    announced_at  timestamptz,                                                -- null: not (yet) announced
    kinds         text[]      NOT NULL DEFAULT '{}',                          -- what was written, each kind once
    rows          bigint[]    NOT NULL DEFAULT '{}',                          -- row count per kind, in that order
    PRIMARY KEY (municipality, period)
);
