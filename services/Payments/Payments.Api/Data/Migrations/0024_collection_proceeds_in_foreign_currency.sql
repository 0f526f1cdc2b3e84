-- Art. 351(4): proceeds debited from a payer's foreign currency account are booked in roubles "calculated on the basis of
-- the currency exchange rate established by the Central Bank ... on the date of factual collection": the amount as
-- collected, its currency and the rate used are kept beside amount_rub (rows before this migration are in roubles).
alter table collection_proceeds
    add column currency    char(3)        not null default 'RUB',
    add column amount      numeric(24, 2) null,
    add column rate_set_on date           null,
    add column rate_nominal integer       null,
    add column rate_value  numeric(18, 4) null;
