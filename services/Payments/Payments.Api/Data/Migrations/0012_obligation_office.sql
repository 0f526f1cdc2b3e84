-- An obligation is dated by the customs office of its declaration (its time zone in the office data): the term, the day
-- of payment and the penalty's days are that office's days. arrears_from is the instant the office's day after the term
-- begins (Art. 349(2)), so the arrears scheduler compares instants and needs no time zone. Obligations opened before
-- this migration have no office recorded (null) and keep the Moscow days they were opened with.
alter table obligations add column customs_office_code text null;
alter table obligations add column arrears_from timestamptz null;
update obligations set arrears_from = (due_date + 1)::timestamp at time zone 'Europe/Moscow';
alter table obligations alter column arrears_from set not null;

drop index obligations_awaiting_term;
create index obligations_awaiting_term on obligations (arrears_from) where arrears_arose_on is null and settled_at is null;
