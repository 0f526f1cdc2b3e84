-- Declarations as filed, with their lifecycle. The version column guards officers' concurrent actions.
create table declarations (
    id                        uuid primary key,
    version                   int         not null,
    kind                      text        not null,
    direction                 text        not null,
    status                    text        not null,
    customs_office_code       text        not null,
    declarant_taxpayer_number text,
    filed_by                  text        not null,
    filed_at                  timestamptz not null,
    for_personal_use          boolean     not null,
    -- Parties, presentation and passenger details as filed (they never change).
    content                   jsonb       not null,
    -- The memo's rules as assessed at filing, then at acceptance (Art. 325).
    assessment                jsonb,
    registration_number       text unique,
    acceptance_date           date,
    registered_at             timestamptz,
    -- Art. 359(1): 3 working days from acceptance.
    control_deadline          date
);

create index declarations_by_filing on declarations (filed_at, id);
create index declarations_by_declarant on declarations (declarant_taxpayer_number, filed_at);
create index declarations_by_office on declarations (customs_office_code, status, filed_at);
create index declarations_overdue on declarations (control_deadline, id) where status in ('Registered', 'UnderControl');

create table goods_items (
    declaration_id         uuid    not null references declarations (id),
    item_number            int     not null,
    description            text    not null,
    tariff_code            char(10) not null,
    brand                  text,
    origin_country_code    char(2) not null,
    quantity               numeric not null,
    unit                   text    not null,
    gross_weight_kg        numeric,
    net_weight_kg          numeric,
    invoice_value          numeric not null,
    invoice_currency       char(3) not null,
    customs_value          numeric,
    customs_value_currency char(3),
    customs_value_method   int,
    intended_use           text    not null,
    documents              jsonb   not null,
    declared_categories    jsonb   not null,
    -- Arts. 371(3), 372(5): customs' own figure, kept beside the declared one.
    established_quantity   numeric,
    established_by_form    text,
    established_by         text,
    established_at         timestamptz,
    primary key (declaration_id, item_number)
);

create table declaration_history (
    declaration_id uuid        not null references declarations (id),
    sequence       int         not null,
    from_status    text        not null,
    to_status      text        not null,
    actor          text        not null,
    at             timestamptz not null,
    legal_basis    text        not null,
    note           text,
    primary key (declaration_id, sequence)
);

-- Idempotent filing: one declaration per (declarant, client request id).
create table filing_requests (
    declarant_id   text        not null,
    request_id     text        not null,
    request_hash   bytea       not null,
    -- Claimed before the declaration is written, so a concurrent retry waits on this row.
    declaration_id uuid        not null references declarations (id) deferrable initially deferred,
    created_at     timestamptz not null,
    primary key (declarant_id, request_id)
);

-- Registration numbers: office/ddMMyy/sequence of the day.
create table registration_counters (
    customs_office_code text not null,
    acceptance_date     date not null,
    last_number         int  not null,
    primary key (customs_office_code, acceptance_date)
);

-- IP suspensions as the IP register announced them; events may arrive out of order.
create table release_suspensions (
    suspension_id  uuid primary key,
    declaration_id uuid not null,
    suspended_on   date,
    lifted_on      date,
    seized_on      date
);

create index release_suspensions_by_declaration on release_suspensions (declaration_id);
