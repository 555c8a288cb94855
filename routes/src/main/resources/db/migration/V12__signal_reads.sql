-- The reads of the signals report (SignalsReport): one municipality's open business as of a moment, each read by an
-- index on the municipality (or the message it concerns) instead of a scan of the whole store.
-- forwarded 301/319 still awaiting their retour, per sending municipality; the retour that answered a message (when
-- it came, whether it rejected a version or an answer by then)
CREATE INDEX message_unanswered_by_sender ON message (sender, received_at)
    WHERE outcome = 'FORWARDED' AND receiver_verdict IS NULL;
CREATE INDEX message_in_reply_to ON message (in_reply_to) WHERE in_reply_to IS NOT NULL;
-- declarations that waited for their assignments: the only ones not answered on arrival (few)
CREATE INDEX message_declaration_waited ON message (received_at)
    WHERE bericht_code IN (490, 484) AND outcome <> 'REFUSED' AND (answered_at IS NULL OR answered_at > received_at);
-- stops the hub rejected, per responsible municipality (a stop without its start)
CREATE INDEX message_rejected_stop ON message (receiver, received_at)
    WHERE bericht_code IN (440, 420) AND outcome = 'REJECTED';
-- a municipality's assignment versions, starts and stops, and the requests addressed to it
CREATE INDEX assignment_municipality ON assignment (municipality, domain, number);
CREATE INDEX delivery_municipality ON delivery (municipality);
CREATE INDEX request_municipality ON request (municipality);
