-- Issue 4. Each decision remembers the content of both records as the person saw them, so a pair whose record
-- changed in a later refresh comes back to the review queue; and what the person did: a pair reviewed in the
-- queue (NULL), a record split out of a business (SPLIT) or two businesses merged (MERGE) in the entity view.
-- Decisions made before this script have no hashes and are never flagged as changed.
ALTER TABLE match_decision ADD COLUMN left_content_hash VARCHAR(64);
ALTER TABLE match_decision ADD COLUMN right_content_hash VARCHAR(64);
ALTER TABLE match_decision ADD COLUMN action VARCHAR(10);
ALTER TABLE match_decision ADD CONSTRAINT ck_decision_action CHECK (action IS NULL OR action IN ('SPLIT', 'MERGE'));

