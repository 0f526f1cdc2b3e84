-- Art. 355(7): the penalties and interest "paid or collected on the amounts of reimbursed customs duties and taxes" are
-- refunded with them. Each charge is kept with what it was charged on and the duties assessed then ([{kind, baseRub,
-- assessedRub, amountRub}]); charges made before this migration are not known one by one (none is returned for them).
-- reduced_duties_returned_rub: of the excess returned, what was counted against duties the assessment no longer holds.
alter table obligations
    add column charges             jsonb          not null default '[]',
    add column reduced_duties_returned_rub numeric(24, 2) not null default 0;

alter table refunds
    add column penalties_returned_rub numeric(24, 2) null,
    add column interest_returned_rub  numeric(24, 2) null;
