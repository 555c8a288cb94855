-- The reads of the monitoring, rejections and forecast reports (reports/MonitoringReport, RejectionsReport,
-- ForecastReport), per municipality and month:
-- 1. the lines a municipality is responsible for in the declarations of a DeclaratiePeriode: the period's
--    declarations, then each one's lines of that municipality;
-- 2. a municipality's assignment versions and its starts and stops, and the retour that answered a forwarded message
--    (IF NOT EXISTS: the signals report's migration makes the same indexes under the same names).
-- The month's messages themselves are read from its own partitions (at most two UTC months).
CREATE INDEX declaration_by_period ON declaration (period);
CREATE INDEX declaration_line_by_message ON declaration_line (message_id, municipality);
CREATE INDEX IF NOT EXISTS assignment_municipality ON assignment (municipality, domain, number);
CREATE INDEX IF NOT EXISTS delivery_municipality ON delivery (municipality);
CREATE INDEX IF NOT EXISTS message_in_reply_to ON message (in_reply_to) WHERE in_reply_to IS NOT NULL;
