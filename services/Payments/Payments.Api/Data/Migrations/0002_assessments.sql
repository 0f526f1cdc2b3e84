-- One row per assessment of a declaration; a reassessment adds the next version (the earlier stay as they were).
-- document holds every figure with its trace and the exchange rates used, as assessed: rates changing later never change it.
create table assessments (
    declaration_id  text           not null,
    version         integer        not null check (version > 0),
    kind            text           not null,
    acceptance_date date           not null,
    recipient_id    text           not null default '',
    items           jsonb          not null,
    document        jsonb          not null,
    total_rub       numeric(24, 2) not null,
    reason          text           not null default '',
    assessed_at     timestamptz    not null,
    assessed_by     text           not null,
    primary key (declaration_id, version)
);

-- Art. 319(2)[2]: the customs value of postal items declared to one recipient in one calendar week (from its Monday).
create table postal_weeks (
    recipient_id text           not null,
    monday       date           not null,
    declared_rub numeric(24, 2) not null,
    primary key (recipient_id, monday)
);
