-- A suspension's term counted across a year whose official calendar act was not loaded (statutory holidays alone).
alter table suspensions add column until_provisional boolean not null default false;
