-- Art. 349(5): "no penalty fees shall be charged or disbursed for the period of the goods temporary storage": the periods
-- an officer recorded for the declaration's goods ([{"from": "2026-03-02", "to": "2026-03-10"}], both days included).
alter table obligations add column temporary_storage jsonb not null default '[]';
