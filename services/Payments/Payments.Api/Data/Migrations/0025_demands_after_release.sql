-- Art. 323(7): the invoice for customs payments (Art. 350) issued when customs determined the customs value after release and
-- more is due; kept with the other demands, its ground telling it apart.
alter table demands add column ground text not null default 'art_350';
