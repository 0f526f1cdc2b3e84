-- Art. 336(3): the interest of a deferral is paid as the duties are: a demand to a guarantor asks the interest charged and
-- unpaid on its day, and each of the guarantor's payments records what it paid of it.
alter table guarantor_demands add column interest_rub numeric(24, 2) not null default 0;
alter table guarantor_payments add column to_interest_rub numeric(24, 2) not null default 0;
