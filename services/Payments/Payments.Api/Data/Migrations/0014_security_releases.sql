-- The end of a whole security (Art. 337(5)): released, a cash deposit refunded (357) or kept for future payments (345(4)),
-- each applied once per release_reference.
create table security_releases (
    release_reference    text           primary key,
    security_id          uuid           not null references securities (id),
    disposition          text           not null,
    released_on          date           not null,
    refund_rub           numeric(24, 2) not null default 0,
    kept_for_arrears_rub numeric(24, 2) not null default 0,
    released_by          text           not null,
    released_at          timestamptz    not null
);
create index security_releases_by_security on security_releases (security_id);
