-- The day an obligation's unpaid amount became arrears (the day after its term, Art. 329), set once by the arrears
-- scheduler with its ArrearsArose event; the partial index keeps the scheduler's pass to the obligations still in term.
alter table obligations add column arrears_arose_on date null;
create index obligations_awaiting_term on obligations (due_date) where arrears_arose_on is null and settled_at is null;
