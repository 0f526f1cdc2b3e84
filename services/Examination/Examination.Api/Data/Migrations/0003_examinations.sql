-- Inspections (Art. 371) and examinations (Art. 372) of a declaration's goods, within the Art. 359 term.
create table examinations (
    examination_id     uuid primary key,
    declaration_id     uuid        not null references control_cases (declaration_id),
    kind               text        not null,
    status             text        not null,
    officers           text[]      not null,
    opened_on          date        not null,
    opened_at          timestamptz not null,
    opened_by          text        not null,
    base_due_on        date        not null,
    due_on             date        not null,
    due_on_provisional boolean     not null,
    extensions         jsonb       not null default '[]',
    findings           jsonb       not null default '[]',
    attendees          jsonb       not null default '[]',
    absence_reason     text,
    witnesses          jsonb       not null default '[]',
    results            text,
    found_discrepancy  boolean     not null default false,
    completed_at       timestamptz,
    completed_by       text,
    version            int         not null default 1
);

-- One open examination per declaration at a time.
create unique index examinations_one_open on examinations (declaration_id) where status = 'open';
create index examinations_due on examinations (status, due_on, examination_id);
create index examinations_declaration on examinations (declaration_id);
