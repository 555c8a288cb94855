-- The message store's last business key: the ToewijzingNummers a message names, so every message about an
-- assignment can be found (GIN: "which messages name assignment 700101?").
ALTER TABLE message ADD COLUMN assignment_numbers bigint[] NOT NULL DEFAULT '{}';
CREATE INDEX message_assignment_numbers ON message USING gin (assignment_numbers);
