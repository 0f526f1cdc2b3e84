-- Issue 15: what the other services said that release depends on, one row per declaration, beside (not in) the declaration's
-- versioned row, as the IP screenings are: Examination's control decision (lane, forms) and a completed examination,
-- the quantities it found that differ from the declared ones, Payments' last standing (kept only when its sequence is higher than the one held), and how many quantities or values
-- customs established this service announced (QuantityEstablished, CustomsValueEstablished).
create table release_conditions (
    declaration_id uuid primary key references declarations (id),
    control_lane text null,
    control_forms jsonb not null default '[]',
    control_decided_at timestamptz null,
    examination_id uuid null,
    examination_completed_at timestamptz null,
    -- The quantities the completed examination found that differ from the declared ones ([{"itemNumber": 1, "quantity": 4}]):
    -- they arrive as their own events, and control is not done until each is recorded on the declaration.
    examination_quantities jsonb not null default '[]',
    payments jsonb null,
    facts_announced integer not null default 0
);
