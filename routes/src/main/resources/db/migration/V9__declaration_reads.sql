-- A declaration is judged with one read per store: its lines' assignments by number across the region's
-- municipalities, and the granted lines on those numbers (credits repeat their debit's assignment).
DROP INDEX declaration_line_previous;
DROP INDEX declaration_line_assignment;
CREATE INDEX declaration_line_assignment ON declaration_line (domain, provider, assignment_number) WHERE granted;
CREATE INDEX assignment_by_number ON assignment (domain, number);
