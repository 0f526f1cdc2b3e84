-- GAC measures: goods released other than for want of an application (Art. 25): the holder's written answer
-- (Art. 22(2); its reasons in not_detained_because), an agreement of the holder and the consignee or consignor
-- (Art. 27(3)), or, for a patent, the consignee's or consignor's guarantee of the goods' value after customs' notice that
-- it cannot determine infringement (Art. 28).
alter table gac_detentions
    add column release_applied_on            date,
    add column release_application_reference text,
    add column release_agreement_reference   text,
    add column investigation_terminated      boolean,
    add column release_requested_by          text,
    add column release_guarantee_amount      numeric(20, 2),
    add column release_guarantee_currency    text,
    add column release_guarantee_reference   text,
    add column undetermined_notified_on      date,
    add column undetermined_notice_reference text;

-- Acts that leave the goods where they stand: inspections with customs' consent (Art. 22 last paragraph, Art. 26(2)) and
-- requests for an IP authority's advisory opinion (Art. 27(2)), in the order recorded.
create table gac_procedure_acts (
    id            bigint generated always as identity primary key,
    suspension_id uuid not null references gac_detentions (suspension_id),
    kind          text not null,
    party         text not null,
    on_date       date not null,
    reference     text not null,
    authority     text,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index gac_procedure_acts_by_suspension on gac_procedure_acts (suspension_id, id);
