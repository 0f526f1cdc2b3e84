-- A control case per registered declaration: the declaration awaits the risk assessment that
-- chooses the forms of customs control (Art. 366 ff.) before it can be released.
create table control_cases (
    declaration_id      uuid primary key,
    registration_number text        not null,
    customs_office_code text        not null,
    declaration_kind    text        not null,
    goods_item_count    int         not null,
    status              text        not null,
    opened_at           timestamptz not null
);

create index control_cases_status on control_cases (status, opened_at);
