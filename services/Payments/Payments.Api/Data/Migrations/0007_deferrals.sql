-- Deferral and instalments (Arts. 333-336): the payer's request, booked once per (payer, request_reference), and the
-- written decision (333(7)) with its term, interest schedule (336) and the security it is conditional on (337).
create table deferrals (
    id                    uuid           primary key,
    request_reference     text           not null,
    payer                 text           not null,
    declaration_id        text           not null,
    kind                  text           not null,
    ground                text           not null,
    months                integer        not null check (months between 1 and 6),
    amount_rub            numeric(24, 2) not null,
    submitted_on          date           not null,
    decide_by             date           not null,
    requested_by          text           not null,
    requested_at          timestamptz    not null,
    status                text           not null,
    decided_on            date           null,
    decided_late          boolean        null,
    refusal_ground        text           null,
    refusal_reason        text           null,
    original_due_date     date           null,
    new_due_date          date           null,
    interest_rub          numeric(24, 2) null,
    penalty_charged_rub   numeric(24, 2) null,
    security_required     boolean        null,
    security_required_rub numeric(24, 2) null,
    security_reference    text           null,
    schedule              jsonb          null,
    decided_by            text           null,
    decided_at            timestamptz    null,
    unique (payer, request_reference)
);
-- One request under consideration or granted per declaration at a time.
create unique index deferrals_one_open_per_declaration on deferrals (declaration_id) where status <> 'refused';
