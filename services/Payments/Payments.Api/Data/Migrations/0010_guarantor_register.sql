-- The register of banks, credit organisations and insurers (Arts. 342-344): applications with their documents (343(5)),
-- booked once per (applicant, application_reference), and the decision with every term by article (343(7), (9));
-- each stay in the register is a period from the first day of its entry (343(10)) to its exclusion (344(1)).
create table guarantor_applications (
    id                     uuid           primary key,
    application_reference  text           not null,
    taxpayer_number        text           not null,
    name                   text           not null,
    kind                   text           not null,
    documents              text[]         not null,
    facts                  jsonb          not null,
    submitted_on           date           not null,
    decide_by              date           not null,
    submitted_by           text           not null,
    submitted_at           timestamptz    not null,
    status                 text           not null,
    decided_on             date           null,
    decided_late           boolean        null,
    notify_by              date           null,
    criteria               jsonb          null,
    entered_from           date           null,
    decided_by             text           null,
    decided_at             timestamptz    null,
    unique (taxpayer_number, application_reference)
);
-- One application under consideration per organisation at a time.
create unique index guarantor_applications_one_pending on guarantor_applications (taxpayer_number) where status = 'submitted';

create table guarantor_register (
    id                       uuid           primary key,
    taxpayer_number          text           not null,
    name                     text           not null,
    kind                     text           not null,
    application_id           uuid           not null references guarantor_applications (id),
    entered_from             date           not null,
    excluded_from            date           null,
    exclusion_ground         text           null,
    exclusion_reason         text           null,
    -- Art. 342(4).
    min_per_guarantee_rub    numeric(24, 2) not null,
    max_per_guarantee_rub    numeric(24, 2) not null,
    max_concurrent_rub       numeric(24, 2) not null,
    excluded_by              text           null,
    excluded_at              timestamptz    null,
    check (excluded_from is null or excluded_from > entered_from)
);
-- One stay open at a time: a renewed entry closes the open one on the day it starts.
create unique index guarantor_register_one_open on guarantor_register (taxpayer_number) where excluded_from is null;
create index guarantor_register_by_taxpayer on guarantor_register (taxpayer_number, entered_from);
