-- Calling a bank guarantee, surety or insurance contract (Arts. 342(3), 346, 347, 349(3)): one demand to the guarantor per
-- reservation, applied once per demand_reference; the guarantor's payments against it, each booked once per payment_reference.
create table guarantor_demands (
    id                   uuid           primary key,
    demand_reference     text           not null unique,
    security_id          uuid           not null,
    operation_reference  text           not null,
    declaration_id       text           not null,
    guarantor            text           not null,
    dispatched_on        date           not null,
    term_ended_on        date           not null,
    last_penalty_day     date           not null,
    duties_rub           numeric(24, 2) not null,
    penalties_rub        numeric(24, 2) not null,
    amount_rub           numeric(24, 2) not null check (amount_rub > 0),
    paid_rub             numeric(24, 2) not null default 0,
    status               text           not null,
    met_on               date           null,
    issued_by            text           not null,
    issued_at            timestamptz    not null,
    unique (security_id, operation_reference),
    foreign key (security_id, operation_reference) references security_reservations (security_id, operation_reference),
    check (paid_rub >= 0 and paid_rub <= amount_rub)
);

create table guarantor_payments (
    payment_reference  text           primary key,
    demand_id          uuid           not null references guarantor_demands (id),
    amount_rub         numeric(24, 2) not null check (amount_rub > 0),
    paid_on            date           not null,
    to_payments_rub    numeric(24, 2) not null,
    to_penalties_rub   numeric(24, 2) not null,
    booked_by          text           not null,
    booked_at          timestamptz    not null
);
create index guarantor_payments_by_demand on guarantor_payments (demand_id);
