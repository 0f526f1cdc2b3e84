-- The calendar data each service last recomputed its provisional deadlines with, per jurisdiction: a start-up that finds
-- another version (a year's act loaded) recomputes every deadline still flagged provisional (Calendar/README).
create table calendar_data_versions (
    jurisdiction   text        primary key,
    data_version   text        not null,
    official_years int[]       not null,
    applied_at     timestamptz not null
);
