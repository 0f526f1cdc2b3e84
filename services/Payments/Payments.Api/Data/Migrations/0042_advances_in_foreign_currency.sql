-- Arts. 330(2), 331(2): an advance may be paid in a foreign currency the central bank quotes. It stays in that currency,
-- the payer's property (330(3)), until the payer directs it to a declaration; then it is converted at the central bank's
-- rate in force on the day the declaration was accepted (331(3)). Rouble advances stay in payer_accounts.
create table payer_currency_balances (
    taxpayer_number text           not null,
    currency        char(3)        not null check (currency <> 'RUB'),
    balance         numeric(24, 2) not null check (balance >= 0),
    primary key (taxpayer_number, currency)
);

-- An entry in a foreign currency keeps its amount in that currency. Money in has no rouble amount (it is not converted
-- until directed); money directed keeps the roubles it paid and the rate used. Entries before this migration are in RUB.
alter table account_entries
    add column currency     char(3)        not null default 'RUB',
    add column amount       numeric(24, 2) null,
    add column rate_set_on  date           null,
    add column rate_nominal integer        null,
    add column rate_value   numeric(18, 4) null,
    -- The day whose rate converted money directed (the declaration's acceptance day, Art. 331(3)).
    add column rate_on      date           null,
    alter column amount_rub drop not null,
    add constraint account_entries_currency_amounts check (
        (currency = 'RUB' and amount is null and amount_rub is not null and rate_value is null)
        or (currency <> 'RUB' and amount is not null
            and (amount_rub is null) = (payment_reference is not null)
            and (rate_value is null) = (payment_reference is not null)));
