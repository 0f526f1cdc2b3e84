-- Art. 323(7): customs values customs determined itself, on an examination's record or an expert's conclusion.
create table customs_value_decisions (
    decision_id        uuid primary key,
    declaration_id     uuid        not null references control_cases (declaration_id),
    item_number        int         not null,
    customs_value      numeric     not null,
    currency           char(3)     not null,
    valuation_method   int         not null,
    basis_kind         text        not null,
    basis_id           uuid        not null,
    decision_reference text        not null,
    grounds            text        not null,
    decided_by         text        not null,
    decided_at         timestamptz not null
);

create index customs_value_decisions_declaration on customs_value_decisions (declaration_id, item_number);
