-- GAC measures (Chinese offices), one row per suspension once the customs written notice reached the holder:
-- the notice and its delivery (Art. 22: the holder's 3 working days run from it), the holder's application and its
-- guarantee (Arts. 23-24), the outcome (Art. 25), the detention's terms (Arts. 28-29) and the voucher (Art. 26).
create table gac_detentions (
    suspension_id                 uuid primary key references suspensions (id),
    notice_reference              text not null,
    notice_delivered_on           date not null,
    holder_answer_due             date not null,
    outcome                       text not null,
    not_detained_because          text,
    applied_on                    date,
    application_reference         text,
    goods_value_amount            numeric(20, 2),
    goods_value_currency          text,
    required_guarantee_amount     numeric(20, 2),
    guarantee_amount              numeric(20, 2),
    guarantee_currency            text,
    general_guarantee_amount      numeric(20, 2),
    general_guarantee_currency    text,
    general_guarantee_approved_on date,
    general_guarantee_valid_until date,
    general_guarantee_reference   text,
    detained_on                   date,
    investigation_due             date,
    court_assistance_due          date,
    provisional                   boolean not null default false,
    voucher_consignee             text,
    voucher_consignor             text,
    recorded_by                   text not null,
    updated_at                    timestamptz not null
);

-- Art. 30: the holder's notice of a confiscation with the known information; Art. 32 for parties not identified.
create table gac_confiscation_notices (
    suspension_id        uuid primary key references gac_detentions (suspension_id),
    decision_reference   text not null,
    goods_name           text not null,
    quantity             numeric(20, 6),
    consignee            text,
    consignor            text,
    declared_on          date,
    detained_on          date not null,
    penalty_effective_on date not null,
    place_of_departure   text,
    destination          text,
    other_information    text,
    announced_on         date,
    confiscable_from     date,
    decided_by           text not null,
    created_at           timestamptz not null
);
