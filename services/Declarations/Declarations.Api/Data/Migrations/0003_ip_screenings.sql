-- The IP register's screening of each goods item (Arts. 397, 400) as it announced it. A finding, not a step of the
-- lifecycle: it does not move the declaration's version, so it never aborts an officer's action.
create table ip_screenings (
    declaration_id    uuid        not null,
    item_number       int         not null,
    outcome           text        not null,
    register_entry_id uuid,
    screened_at       timestamptz not null,
    primary key (declaration_id, item_number)
);
