-- What each assessed declaration owes (Art. 329) and has paid; penalties are charged up to penalty_settled_to and
-- never again for those days (Art. 349).
create table obligations (
    declaration_id     text           primary key,
    payer              text           not null default '',
    due_date           date           not null,
    assessed_rub       numeric(24, 2) not null,
    paid_rub           numeric(24, 2) not null default 0,
    penalty_rub        numeric(24, 2) not null default 0,
    penalty_paid_rub   numeric(24, 2) not null default 0,
    penalty_settled_to date           null,
    settled_at         timestamptz    null
);

-- Art. 330: advance payments stay the payer's property until the payer directs them.
create table payer_accounts (
    taxpayer_number text           primary key,
    balance_rub     numeric(24, 2) not null check (balance_rub >= 0)
);

-- Every movement of a payer's account: money in (payment_reference, booked once) and money directed out (receipt_number).
create table account_entries (
    id                bigint generated always as identity primary key,
    taxpayer_number   text           not null,
    payment_reference text           null unique,
    receipt_number    text           null unique,
    declaration_id    text           null,
    amount_rub        numeric(24, 2) not null,
    on_date           date           not null,
    recorded_at       timestamptz    not null
);
create index account_entries_by_payer on account_entries (taxpayer_number, id);

create sequence receipt_numbers;
