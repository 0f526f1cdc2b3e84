-- Art. 356(1)[1]-[2]: a declaration regarded as void or withdrawn ends the customs control of it. The closure is kept per
-- declaration (one row, whichever copy of the event arrives first), also when it arrives before the registration: the case
-- then opens closed. The examinations and expert analyses under way end with its reason.
create table case_closures (
    declaration_id uuid primary key,
    ground         text        not null,
    reason         text        not null,
    closed_by      text,
    closed_at      timestamptz not null,
    recorded_at    timestamptz not null
);

alter table examinations add column ended_reason text;
