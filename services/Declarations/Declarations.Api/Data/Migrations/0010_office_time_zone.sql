-- The time zone of the declaration's customs office (Calendar/Data/offices.json), for "overdue" at the office's own date.
-- Declarations filed before it were all dated on Moscow time.
alter table declarations add column office_time_zone text not null default 'Europe/Moscow';
