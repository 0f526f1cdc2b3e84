-- Art. 350(4), (5): a demand to a guarantor is delivered (handed or by registered mail), counts as received on a day, and
-- is to be met by a last day; demands lodged before this migration have none.
alter table guarantor_demands add column delivery text null;
alter table guarantor_demands add column received_on date null;
alter table guarantor_demands add column meet_by date null;
alter table guarantor_demands add column meet_by_provisional boolean not null default false;
alter table guarantor_demands add constraint guarantor_demands_term check ((delivery is null) = (meet_by is null) and (delivery is null) = (received_on is null));
