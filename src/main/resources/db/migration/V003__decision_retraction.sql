-- A decision can be withdrawn (undo): RETRACTED, appended like any other, cancels the pair's earlier verdicts.
ALTER TABLE match_decision DROP CONSTRAINT ck_decision_verdict;
ALTER TABLE match_decision ADD CONSTRAINT ck_decision_verdict CHECK (verdict IN ('SAME', 'DIFFERENT', 'UNSURE', 'RETRACTED'));
