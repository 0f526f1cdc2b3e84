-- Security of customs payments (Arts. 337-347): each security accepted once per security_reference, its amount (the
-- limit of a general guarantee, 337(3)) and what its reservations hold; the check keeps the reserved part within it
-- whatever the interleaving of concurrent reservations.
create table securities (
    id                  uuid           primary key,
    security_reference  text           not null unique,
    method              text           not null,
    principal           text           not null,
    guarantor           text           null,
    general             boolean        not null,
    office_code         text           not null,
    amount_rub          numeric(24, 2) not null check (amount_rub > 0),
    reserved_rub        numeric(24, 2) not null default 0,
    called_rub          numeric(24, 2) not null default 0,
    accepted_on         date           not null,
    status              text           not null,
    receipt_number      text           null,
    accepted_by         text           not null,
    accepted_at         timestamptz    not null,
    check (reserved_rub >= 0 and reserved_rub + called_rub <= amount_rub)
);
-- A guarantor's guarantees in force (Art. 342(4): all its concurrent guarantees).
create index securities_in_force_by_guarantor on securities (guarantor) where status = 'in_force';

-- One reservation per operation (office, declaration), idempotent on the operation's reference.
create table security_reservations (
    security_id          uuid           not null references securities (id),
    operation_reference  text           not null,
    office_code          text           not null,
    declaration_id       text           not null,
    amount_rub           numeric(24, 2) not null check (amount_rub > 0),
    status               text           not null,
    reserved_by          text           not null,
    reserved_at          timestamptz    not null,
    ended_on             date           null,
    ended_by             text           null,
    ended_at             timestamptz    null,
    primary key (security_id, operation_reference)
);
