-- Art. 323(7): the customs value customs determined itself, kept beside the declared one; Art. 383(4): the samples customs
-- took and kept, by whose value the item's customs value is reduced (one entry per analysis and sample).
alter table goods_items
    add column established_customs_value  numeric,
    add column established_value_currency char(3),
    add column established_value_method   int,
    add column established_value_decision text,
    add column established_value_by       text,
    add column established_value_at       timestamptz,
    add column kept_samples               jsonb not null default '[]';
