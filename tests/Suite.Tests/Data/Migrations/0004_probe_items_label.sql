-- A helper function in pg_temp, as Declarations' 0008 has one: it lives in the migration's session, and must not stay
-- with the pooled connection the runner used.
create function pg_temp.probe_label(name text) returns text language sql as $$ select upper(name) $$;
alter table probe_items add column label text;
update probe_items set label = pg_temp.probe_label(name);
