-- Art. 399(1): goods are kept from release by a court's finding of counterfeit, or by an authority's administrative
-- seizure or confiscation before the suspension's term expired; each is recorded as what it is.
alter table suspensions
    add column seizure_act       text,
    add column seizing_authority text,
    add column seizure_reference text;

-- Until now only a court's finding could seize goods.
update suspensions set seizure_act = 'court_decision', seizure_reference = court_decision_reference where status = 'seized';
