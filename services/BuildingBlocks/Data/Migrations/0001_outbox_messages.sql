-- Events waiting to be published. A service writes a row in the same transaction as the state change
-- that raised it; the OutboxDispatcher publishes it after commit and stamps dispatched_at.
create table outbox_messages (
    id             uuid        primary key,
    message_type   text        not null,
    payload        jsonb       not null,
    occurred_at    timestamptz not null,
    correlation_id uuid        null,
    dispatched_at  timestamptz null,
    attempts       int         not null default 0,
    last_error     text        null
);

-- The dispatcher reads only pending rows, oldest first: the index is as small as the backlog.
create index outbox_messages_pending on outbox_messages (occurred_at) where dispatched_at is null;
