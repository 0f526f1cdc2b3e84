-- The W3C traceparent of the operation that wrote the event, so that its publication (and everything the consumers
-- do with it) continues that operation's trace instead of starting a new one.
alter table outbox_messages add column trace_parent text null;
