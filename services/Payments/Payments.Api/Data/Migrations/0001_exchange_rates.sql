-- The Central Bank of Russia's rates (Art. 326): value roubles for nominal units of currency, set for set_on and in
-- force until the next day the Bank sets one. A day's rates, once imported, are never changed.
create table exchange_rates (
    currency    char(3)        not null,
    set_on      date           not null,
    nominal     integer        not null check (nominal > 0),
    value       numeric(18, 4) not null check (value > 0),
    imported_at timestamptz    not null,
    primary key (currency, set_on)
);
