-- Art. 330(4): the written report of the use of a payer's advances, on the payer's request, within 30 days of receiving it.
-- Drawn up at once and kept as issued (the report is the document the payer holds); one per (payer, request_reference).
create sequence account_report_numbers;

create table account_use_reports (
    report_number     text        primary key,
    taxpayer_number   text        not null,
    request_reference text        not null,
    requested_on      date        not null,
    due_by            date        not null,
    period_from       date        not null,
    period_to         date        not null,
    issued_on         date        not null,
    report            jsonb       not null,
    issued_by         text        not null,
    issued_at         timestamptz not null,
    unique (taxpayer_number, request_reference),
    check (period_from <= period_to and requested_on <= issued_on and issued_on <= due_by)
);
