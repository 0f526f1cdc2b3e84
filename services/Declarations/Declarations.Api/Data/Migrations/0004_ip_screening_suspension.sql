-- The suspension (or hold) of an item screened with signs of infringement, so release waits until that one is lifted.
alter table ip_screenings add column suspension_id uuid;
