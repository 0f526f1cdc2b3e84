-- The customs register of IP objects (Arts. 394-396), suspensions of release (Arts. 397-399) and the screening log.

create table register_applications (
    id                              uuid primary key,
    applicant_name                  text not null,
    applicant_address               text not null,
    applicant_taxpayer_number       text,
    -- Art. 394(1): right_holder, representative, licensee or importer; kept on the entry and every suspension.
    applicant_capacity              text not null,
    power_of_attorney_reference     text,
    right_holder_name               text not null,
    right_holder_address            text not null,
    object_kind                     text not null,
    object_name                     text not null,
    registration_number             text not null,
    object_classes                  int[] not null,
    protection_ends_on              date not null,
    tariff_codes                    text[] not null,
    brand_spellings                 text[] not null,
    goods_features                  text,
    requested_until                 date not null,
    supporting_documents            text[] not null,
    damage_compensation_obligation  boolean not null,
    security_kind                   text not null,
    security_amount                 numeric(18, 2) not null,
    security_currency               char(3) not null,
    security_reference              text not null,
    security_valid_until            date not null,
    submitted_on                    date not null,
    decide_by                       date not null,
    status                          text not null,
    refusal_reason                  text,
    decided_on                      date,
    decided_by                      text,
    register_entry_id               uuid,
    submitted_at                    timestamptz not null
);

create table register_entries (
    id                      uuid primary key,
    entry_number            bigint generated always as identity unique,
    application_id          uuid not null references register_applications (id),
    object_kind             text not null,
    object_name             text not null,
    registration_number     text not null,
    object_classes          int[] not null,
    protection_ends_on      date not null,
    right_holder_name       text not null,
    right_holder_address    text not null,
    applicant_name          text not null,
    applicant_capacity      text not null,
    tariff_codes            text[] not null,
    brand_spellings         text[] not null,
    -- BrandNormaliser output: screening matches on these.
    normalised_brands       text[] not null,
    entered_on              date not null,
    valid_until             date not null,
    security_valid_until    date not null,
    status                  text not null,
    excluded_on             date,
    exclusion_reason        text,
    changed_at              timestamptz not null
);

create index register_entries_brands on register_entries using gin (normalised_brands);

create table authorised_importers (
    register_entry_id   uuid not null references register_entries (id),
    taxpayer_number     text not null,
    name                text not null,
    added_on            date not null,
    primary key (register_entry_id, taxpayer_number)
);

create table suspensions (
    id                              uuid primary key,
    declaration_id                  uuid not null,
    registration_number             text,
    customs_office_code             text not null,
    jurisdiction                    text not null,
    register_entry_id               uuid not null references register_entries (id),
    item_numbers                    int[] not null,
    -- Art. 397(2): each party is told the other's name and address; the capacity shows who had the object entered.
    applicant_capacity              text not null,
    right_holder_name               text not null,
    right_holder_address            text not null,
    declarant_name                  text not null,
    declarant_address               text not null,
    suspended_on                    date not null,
    until                           date not null,
    extended_working_days           int not null default 0,
    competent_authority_reference   text,
    status                          text not null,
    ended_on                        date,
    lift_reason                     text,
    court_decision_reference        text,
    holder_liable_for_damage        boolean not null default false,
    created_at                      timestamptz not null,
    unique (declaration_id, register_entry_id)
);

create index suspensions_active_until on suspensions (until) where status = 'active';

create table screenings (
    id                  bigint generated always as identity primary key,
    declaration_id      uuid,
    item_number         int not null,
    tariff_code         text not null,
    brand               text,
    normalised_brand    text not null,
    quantity            numeric(18, 3) not null,
    outcome             text not null,
    register_entry_id   uuid,
    screened_at         timestamptz not null
);

create index screenings_declaration on screenings (declaration_id);
