-- One row per time the probe consumer's handler committed: exactly once means one row per probe.
create table outbox_probe_handled (
    probe_id   uuid        not null,
    handled_at timestamptz not null
);
