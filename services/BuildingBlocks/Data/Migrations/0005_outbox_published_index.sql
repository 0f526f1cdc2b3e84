-- The maintenance purge deletes published rows past retention (OutboxStore.PurgeDispatchedAsync). Without an index on
-- dispatched_at it read the whole table, seven days of published events, to find them, every five minutes.
create index outbox_messages_published on outbox_messages (dispatched_at) where dispatched_at is not null;
