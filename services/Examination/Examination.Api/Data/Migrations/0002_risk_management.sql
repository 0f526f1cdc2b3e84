-- Risk management (Art. 358): what selection needs of a control case, the analysts' profiles (every version kept, as
-- decisions name the version they applied), selectivity per office and direction, Art. 386 exemptions, decisions.
alter table control_cases
    add column direction                 text,
    add column acceptance_date           date,
    add column control_deadline          date,
    add column declarant_taxpayer_number text,
    add column items                     jsonb not null default '[]';

create index control_cases_declarant on control_cases (declarant_taxpayer_number);

create table risk_profiles (
    profile_id uuid        not null,
    version    int         not null,
    name       text        not null,
    content    jsonb       not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    primary key (profile_id, version)
);

-- The version in force of each profile: selection reads only these rows.
create table risk_profile_heads (
    profile_id     uuid primary key,
    version        int  not null,
    name           text not null,
    effective_from date not null,
    effective_until date
);

create index risk_profile_heads_name on risk_profile_heads (name, profile_id);

create table selectivity_settings (
    office_code text        not null,
    direction   text        not null,
    content     jsonb       not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    primary key (office_code, direction)
);

-- Decisions so far per office and direction (the actual rates) and each profile's unselected hits in a row there.
create table selection_counters (
    office_code text  not null,
    direction   text  not null,
    total       int   not null default 0,
    yellow      int   not null default 0,
    red         int   not null default 0,
    blue        int   not null default 0,
    unselected  jsonb not null default '{}',
    primary key (office_code, direction)
);

create table exemptions (
    exemption_id    uuid primary key,
    taxpayer_number text        not null,
    ground          text        not null,
    forms           text[]      not null,
    act_reference   text        not null,
    valid_from      date        not null,
    valid_until     date,
    granted_by      text        not null,
    granted_at      timestamptz not null
);

create index exemptions_taxpayer on exemptions (taxpayer_number);

create table control_decisions (
    declaration_id      uuid primary key references control_cases (declaration_id),
    registration_number text        not null,
    office_code         text        not null,
    direction           text        not null,
    acceptance_date     date        not null,
    lane                text        not null,
    forms               text[]      not null,
    selected_by         text        not null,
    decision            jsonb       not null,
    inputs              jsonb       not null,
    seed                text        not null,
    decided_at          timestamptz not null
);

create table control_decision_hits (
    declaration_id  uuid    not null references control_decisions (declaration_id),
    profile_id      uuid    not null,
    profile_version int     not null,
    selected        boolean not null,
    acceptance_date date    not null,
    primary key (declaration_id, profile_id)
);

create index control_decision_hits_profile on control_decision_hits (profile_id, acceptance_date);
