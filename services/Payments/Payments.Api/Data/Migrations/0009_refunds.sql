-- Notices of an overpayment (Art. 355(3)), one per declaration and day of discovery.
create table overpayment_notices (
    declaration_id text           not null,
    discovered_on  date           not null,
    amount_rub     numeric(24, 2) not null,
    notified_on    date           not null,
    notify_by      date           not null,
    recorded_by    text           not null,
    recorded_at    timestamptz    not null,
    primary key (declaration_id, discovered_on)
);

-- Refund requests (Arts. 355-356), booked once per (payer, request_reference), and their resolutions (355(4)): the part
-- offset against arrears (355(8), (9)), the part paid out, and the interest for a late refund with its parts.
create table refunds (
    id                    uuid           primary key,
    request_reference     text           not null,
    payer                 text           not null,
    declaration_id        text           not null,
    ground                text           not null,
    amount_rub            numeric(24, 2) not null,
    paid_on               date           not null,
    submitted_on          date           not null,
    complete_on           date           not null,
    natural_person        boolean        not null,
    refund_by             date           not null,
    requested_by          text           not null,
    requested_at          timestamptz    not null,
    decided_on            date           null,
    refunded_on           date           null,
    offset_declaration_id text           null,
    offset_rub            numeric(24, 2) null,
    offset_notice_by      date           null,
    refund_rub            numeric(24, 2) null,
    interest_rub          numeric(24, 2) null,
    interest_parts        jsonb          null,
    decided_by            text           null,
    decided_at            timestamptz    null,
    unique (payer, request_reference)
);
create index refunds_by_declaration on refunds (declaration_id);
