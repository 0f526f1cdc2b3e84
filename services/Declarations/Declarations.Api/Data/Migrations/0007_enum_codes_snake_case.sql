-- One convention for enum codes stored by every service (BuildingBlocks EnumCodes): lower_snake_case of the member's
-- name, as the IP register already stores them (UnderControl -> under_control). JSON documents (content, assessment,
-- documents, declared categories) keep the names System.Text.Json writes.
create function pg_temp.snake(code text) returns text language sql immutable as
$$ select lower(regexp_replace(code, '([a-z0-9])([A-Z])', '\1_\2', 'g')) $$;

drop index if exists declarations_overdue;

update declarations set kind = pg_temp.snake(kind), direction = pg_temp.snake(direction), status = pg_temp.snake(status);
update declaration_history set from_status = pg_temp.snake(from_status), to_status = pg_temp.snake(to_status);
update goods_items set intended_use = pg_temp.snake(intended_use),
    established_by_form = pg_temp.snake(established_by_form);
update ip_screenings set outcome = pg_temp.snake(outcome);

create index declarations_overdue on declarations (control_deadline, id) where status in ('registered', 'under_control');
