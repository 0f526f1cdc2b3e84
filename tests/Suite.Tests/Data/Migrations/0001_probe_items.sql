-- A module of the tests' own, to check the migration runner against a real PostgreSQL.
create table probe_items (
    id   int  primary key,
    name text not null
);
