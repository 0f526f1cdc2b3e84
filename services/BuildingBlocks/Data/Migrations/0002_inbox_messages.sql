-- Messages a consumer has handled, written in the consumer's own transaction: a redelivery
-- (broker retry, or a republish after the outbox crashed between publish and commit) is skipped.
create table inbox_messages (
    message_id   uuid        not null,
    consumer     text        not null,
    processed_at timestamptz not null,
    primary key (message_id, consumer)
);
