-- Art. 341: the property a pledge contract mortgages (what, its value, where it is, whether goods in customs custody,
-- 341(4)), recorded at acceptance; the arrears of a breached obligation are paid at the expense of its value (341(3)).
-- Pledges accepted before this migration have none recorded.
alter table securities
    add column pledged_description       text    null,
    add column pledged_value_rub         numeric null,
    add column pledged_location          text    null,
    add column pledged_in_customs_custody boolean null;
