-- Art. 350(2): a demand states the interest of Art. 336 accrued as of its date; Art. 336(3): a collection act collects it
-- as it does the arrears. Rows before this migration were issued without it (no deferral bore interest in them then).
alter table demands add column interest_rub numeric(24, 2) not null default 0;
alter table collection_acts add column interest_rub numeric(24, 2) not null default 0;
