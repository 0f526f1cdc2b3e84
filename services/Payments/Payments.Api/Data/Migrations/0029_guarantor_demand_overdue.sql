-- A demand to a guarantor open after its last day to meet it (Art. 350(4)) is overdue: the guarantor is in breach of its
-- guarantee (a ground of exclusion, 344(1)). overdue_from is the instant the day after meet_by begins at the reservation's
-- office; overdue_marked_on is set once, when GuarantorDemandOverdue is published. Demands lodged before this migration
-- count Moscow days.
alter table guarantor_demands
    add column overdue_from      timestamptz null,
    add column overdue_marked_on date        null;
update guarantor_demands set overdue_from = (meet_by + 1)::timestamp at time zone 'Europe/Moscow' where meet_by is not null;
create index guarantor_demands_overdue on guarantor_demands (overdue_from, id) where status = 'open';
create index guarantor_demands_by_guarantor on guarantor_demands (guarantor);
