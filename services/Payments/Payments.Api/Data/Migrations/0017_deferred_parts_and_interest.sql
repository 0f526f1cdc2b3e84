-- Arts. 333-336 on the obligation. A granted deferral no longer moves due_date (the term of Art. 329 stays with what is
-- not deferred, Art. 333(4)): each deferred part keeps its own term in deferred_parts ([{"dueOn": "2025-05-19",
-- "principalRub": 23677.70}]), and the interest of Art. 336 is charged day by day up to interest_settled_to (stored, so
-- no day is charged twice) and paid as duties are (336(3)). Deferrals granted before this migration moved due_date and
-- keep it, without parts or interest charged.
alter table obligations add column deferred_parts jsonb not null default '[]';
alter table obligations add column interest_rub numeric(24, 2) not null default 0;
alter table obligations add column interest_paid_rub numeric(24, 2) not null default 0;
alter table obligations add column interest_settled_to date null;

-- Art. 333(4): a request for a part of what is owed (amount_rub is then the part asked, not the whole).
alter table deferrals add column part_asked boolean not null default false;

-- Art. 335(2): a granted deferral rescinded (status stays 'approved': it was granted), the reason written, the applicant's
-- notice due within three working days, the interest charged to that day and what fell due on it.
alter table deferrals add column rescinded_on date null;
alter table deferrals add column rescission_ground text null;
alter table deferrals add column rescission_reason text null;
alter table deferrals add column rescission_notify_by date null;
alter table deferrals add column rescission_notify_by_provisional boolean null;
alter table deferrals add column rescission_interest_rub numeric(24, 2) null;
alter table deferrals add column rescission_falling_due_rub numeric(24, 2) null;
alter table deferrals add column rescinded_by text null;
alter table deferrals add column rescinded_at timestamptz null;
