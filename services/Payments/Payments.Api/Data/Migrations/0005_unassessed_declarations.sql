-- Declarations whose registration event could not be assessed (no rate or parameter in force for the acceptance date,
-- a tariff code the loaded tariff does not cover, export duties not built): kept with the reason, never guessed, so an
-- officer sees what is missing and assesses once the data is there (AssessDeclaration). The event is handled once.
create table unassessed_declarations (
    declaration_id text        primary key,
    reason         text        not null,
    message        text        not null,
    event          jsonb       not null,
    recorded_at    timestamptz not null
);
