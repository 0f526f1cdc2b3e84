alter table probe_items add column kind text not null default 'plain';
create index probe_items_kind on probe_items (kind);
