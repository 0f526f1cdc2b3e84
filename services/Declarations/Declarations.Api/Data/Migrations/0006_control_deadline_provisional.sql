-- A control deadline counted across a year whose official calendar act was not loaded (statutory holidays alone).
alter table declarations add column control_deadline_provisional boolean not null default false;
