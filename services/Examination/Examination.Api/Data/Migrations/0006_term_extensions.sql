-- Art. 359(2): every extension of a declaration's term, decided here or by the Declarations service's officers, once per
-- extension id (the events of either side may arrive twice, or before the registration that opens the control case).
create table term_extensions (
    extension_id   uuid primary key,
    declaration_id uuid        not null,
    decided_in     text        not null,
    examination_id uuid,
    content        jsonb       not null,
    recorded_at    timestamptz not null
);

create index term_extensions_declaration on term_extensions (declaration_id, recorded_at);
