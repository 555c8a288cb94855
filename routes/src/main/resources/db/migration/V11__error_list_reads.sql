-- The error list (reports/ErrorListReport) reads, per municipality and month:
-- 1. the rejected declaration lines it is responsible for (joined to their message for the month of receipt);
-- 2. which municipalities assigned each listed client, so a BSN is shown only to the client's own municipality.
-- Rejected messages addressed to it use message_receiver (receiver, received_at); refused ones their month's
-- 'refused' partition.
CREATE INDEX declaration_line_rejected ON declaration_line (municipality, message_id) WHERE NOT granted;
CREATE INDEX assignment_client_key ON assignment (client_key, municipality);
