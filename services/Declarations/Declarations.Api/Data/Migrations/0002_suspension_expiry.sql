-- Art. 397(1): a suspension runs until a day the IP register may extend once by up to 10 working days.
alter table release_suspensions add column suspended_until date;
