-- Art. 333(4): the categories of customs duties and taxes a deferral was asked for (codes of PaymentCategory); empty for
-- all of what the declaration owed, as every request before this migration was. Each deferred part and instalment
-- carries its category in obligations.deferred_parts and deferrals.schedule ("category"; absent for a part of the whole).
alter table deferrals add column categories text[] not null default '{}';
