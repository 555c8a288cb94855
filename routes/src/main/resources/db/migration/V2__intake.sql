-- What the intake needs: the broker's message id (to tell a redelivery from a resent message) and the numbers of
-- the hub's own answers.
ALTER TABLE message ADD COLUMN broker_message_id text;
CREATE INDEX message_broker_message_id ON message (broker_message_id);
CREATE SEQUENCE answer_number;
