-- Demands for payment (Art. 350), as issued: amounts as of their date, when received, by when to meet them.
create table demands (
    id                  uuid           primary key,
    declaration_id      text           not null,
    discovered_on       date           not null,
    dispatched_on       date           not null,
    delivery            text           not null,
    received_on         date           not null,
    meet_by             date           not null,
    meet_by_provisional boolean        not null,
    payments_rub        numeric(24, 2) not null,
    penalties_rub       numeric(24, 2) not null,
    dispatched_late     boolean        not null,
    issued_by           text           not null,
    issued_at           timestamptz    not null
);
create index demands_by_declaration on demands (declaration_id);
