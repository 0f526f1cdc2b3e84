-- Acts of compulsory collection (Arts. 348, 351-354), booked once per reference: the source, what was owed as of the act,
-- what was taken at once (advances), the next step's term and the articles the act rests on.
create table collection_acts (
    id                      uuid           primary key,
    reference               text           not null unique,
    declaration_id          text           not null,
    demand_id               uuid           not null,
    source                  text           not null,
    payer_kind              text           not null,
    decided_on              date           not null,
    court_reference         text           not null,
    no_bank_account_details boolean        not null,
    payments_rub            numeric(24, 2) not null,
    penalties_rub           numeric(24, 2) not null,
    collected_rub           numeric(24, 2) not null,
    receipt_number          text           null,
    next_step_by            date           null,
    next_step               text           not null,
    basis                   text           not null,
    decided_by              text           not null,
    recorded_at             timestamptz    not null
);
create index collection_acts_by_declaration on collection_acts (declaration_id, decided_on);
