-- Art. 358: control decisions are made in batches. A registration opens its case and queues the declaration's facts here in
-- the inbox's transaction; the decider takes the oldest rows, locks each office's selection counters once per batch, decides
-- them one after the other and writes the decisions, the counters and their events in one transaction, which deletes the rows.
-- The registration's correlation id and trace go on to the decision's event. A row whose decision failed alone is kept with its error and tried again after retry_after.
create table pending_decisions (
    seq            bigint generated always as identity primary key,
    declaration_id uuid        not null unique references control_cases (declaration_id),
    facts          jsonb       not null,
    correlation_id uuid,
    trace_parent   text,
    queued_at      timestamptz not null,
    attempts       int         not null default 0,
    last_error     text,
    retry_after    timestamptz
);
