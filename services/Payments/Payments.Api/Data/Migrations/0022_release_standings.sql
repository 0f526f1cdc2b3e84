-- Issue 15: whether a declaration's payments stand in the way of its release, as last announced (PaymentsStandingChanged).
-- sequence grows by one per change of the answer; facts_accounted counts the declaration's announcements of a quantity or
-- value customs established that reached the assessment, so Declarations can tell when a reassessment is done.
create table release_standings (
    declaration_id text primary key,
    sequence integer not null default 0,
    allows_release boolean null,
    basis text null,
    owed_rub numeric(24, 2) null,
    due_on date null,
    facts_accounted integer not null default 0,
    changed_at timestamptz null
);
