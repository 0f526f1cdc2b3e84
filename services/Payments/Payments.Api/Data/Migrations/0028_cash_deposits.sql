-- Cash deposits (Arts. 345, 353, 357): a deposit paid in a foreign currency quoted by the central bank (345(1)) keeps the
-- currency and the amount paid (its rouble equivalent on the day of acceptance is amount_rub, the limit of its
-- reservations); what of it was refunded; a refund's currency, amount as paid and office (357(2), (3)).
alter table securities
    add column deposit_currency text           not null default 'RUB',
    add column deposit_amount   numeric(24, 2) null,
    add column refunded_rub     numeric(24, 2) not null default 0;
-- A deposit accepted before this migration was paid in roubles.
update securities set deposit_amount = amount_rub where method = 'cash_deposit';
alter table securities add check (reserved_rub + called_rub + refunded_rub <= amount_rub);

alter table security_releases
    add column refund_currency       text           not null default 'RUB',
    add column refund_amount         numeric(24, 2) null,
    add column refunding_office_code text           null;

-- Art. 353(1), (2), 357(5): the payer's arrears collected from its cash deposit on a resolution of the head or a deputy,
-- once per reference, after an unmet demand; the notice to the payer within one working day.
create table cash_deposit_collections (
    collection_reference text           primary key,
    security_id          uuid           not null references securities (id),
    declaration_id       text           not null,
    demand_id            uuid           not null,
    collected_on         date           not null,
    amount_rub           numeric(24, 2) not null check (amount_rub > 0),
    to_payments_rub      numeric(24, 2) not null,
    to_interest_rub      numeric(24, 2) not null,
    to_penalties_rub     numeric(24, 2) not null,
    notice_by            date           not null,
    decided_by           text           not null,
    decided_at           timestamptz    not null
);
create index cash_deposit_collections_by_security on cash_deposit_collections (security_id);
