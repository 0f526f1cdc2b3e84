-- The transaction each probe was handled in, so a test sees which probes the inbox handled together.
alter table outbox_probe_handled add column transaction_id bigint;
