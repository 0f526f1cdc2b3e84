-- Art. 347(2): the Register of Insurance Organisations whose insurance contracts may be accepted as security, kept apart
-- from the register of Art. 342(1) (whose entries give bank guarantees). Its entry terms are outside the Code: each stay
-- records the act it was made under. One open stay per insurer.
create table insurance_register (
    id               uuid        primary key,
    taxpayer_number  text        not null,
    name             text        not null,
    entered_from     date        not null,
    excluded_from    date        null,
    act              text        not null,
    exclusion_reason text        null,
    entered_by       text        not null,
    entered_at       timestamptz not null,
    unique (taxpayer_number, entered_from),
    check (excluded_from is null or excluded_from > entered_from)
);
create unique index insurance_register_open_stay on insurance_register (taxpayer_number) where excluded_from is null;
