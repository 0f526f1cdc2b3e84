-- Art. 397(2): declarant and right-holder are notified no later than the day following the suspension, each told the
-- other's name and address. One row per party; sent_on is set when customs records the notice as sent.
create table suspension_notices (
    suspension_id           uuid not null references suspensions (id),
    addressee               text not null,
    addressee_name          text not null,
    addressee_address       text not null,
    other_party_name        text not null,
    other_party_address     text not null,
    reasons                 text not null,
    suspended_on            date not null,
    suspended_until         date not null,
    due_by                  date not null,
    sent_on                 date,
    sent_by                 text,
    sent_reference          text,
    primary key (suspension_id, addressee)
);

create index suspension_notices_pending on suspension_notices (due_by) where sent_on is null;
