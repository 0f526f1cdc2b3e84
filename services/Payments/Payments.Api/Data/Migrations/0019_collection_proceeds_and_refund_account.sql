-- Money a collection act brought in (Arts. 351(3), 352(6), 353(3)), booked once per payment reference: what it paid on
-- the declaration (duties, interest, penalties) and what was collected in excess of what it owed (Art. 355(1)).
create table collection_proceeds (
    payment_reference text           primary key,
    act_id            uuid           not null references collection_acts (id),
    declaration_id    text           not null,
    amount_rub        numeric(24, 2) not null check (amount_rub > 0),
    received_on       date           not null,
    to_payments_rub   numeric(24, 2) not null,
    to_interest_rub   numeric(24, 2) not null,
    to_penalties_rub  numeric(24, 2) not null,
    excess_rub        numeric(24, 2) not null,
    recorded_by       text           not null,
    recorded_at       timestamptz    not null
);
create index collection_proceeds_by_act on collection_proceeds (act_id);

-- Art. 355(5): a refund is paid to the account the request names (a bank's BIC and a settlement account), in roubles
-- (355(6)); requests booked before this migration named none.
alter table refunds add column refund_bank_bic text null, add column refund_account_number text null;
