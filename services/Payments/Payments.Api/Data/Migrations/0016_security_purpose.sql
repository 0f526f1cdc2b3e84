-- What a security is given for (Arts. 337(1), 339(1)): operations, or a customs broker's, carrier's or warehouse owner's
-- activity, whose least amount (339(2)) counts an open-type warehouse's open area and room volume.
alter table securities
    add column purpose                  text          not null default 'operations',
    add column open_area_square_metres  numeric(18, 2) not null default 0,
    add column room_volume_cubic_metres numeric(18, 2) not null default 0;
