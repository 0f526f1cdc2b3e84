-- Art. 337(2): an officer's written decision that no security is required ("good reasons to believe that the commitments
-- ... shall be fulfilled"), for a declaration (operation_reference '') or one operation of it.
create table security_waivers (
    id                  uuid        primary key,
    waiver_reference    text        not null unique,
    declaration_id      text        not null,
    operation_reference text        not null default '',
    office_code         text        not null,
    reason              text        not null,
    decided_on          date        not null,
    decided_by          text        not null,
    decided_at          timestamptz not null
);
create index security_waivers_by_declaration on security_waivers (declaration_id, operation_reference);
