-- Art. 398: written permissions for the declarant or the right-holder to sample, research, inspect and photograph
-- suspended goods; what they learn is confidential (398(3)), a condition recorded with the permission.
create table inspection_permissions (
    id                          uuid primary key,
    suspension_id               uuid not null references suspensions (id),
    party                       text not null,
    grantee_name                text not null,
    actions                     text[] not null,
    permission_reference        text not null,
    granted_on                  date not null,
    granted_by                  text not null,
    granted_by_role             text not null,
    valid_until                 date not null,
    confidentiality_condition   text not null
);

create index inspection_permissions_suspension on inspection_permissions (suspension_id);
