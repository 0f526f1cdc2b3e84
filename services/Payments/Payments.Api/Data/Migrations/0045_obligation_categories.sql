-- Art. 333(4): "Deferral or payment by instalments ... may be approved with regard to one or several categories of customs
-- duties and taxes": the obligation keeps the assessed amount of each category of its latest assessment
-- ([{"category": "import_duty", "assessedRub": 1234.56}, ...], codes of PaymentCategory), replaced by each reassessment.
-- What is paid is not kept per category: payments meet the categories in one order (README, "Payment order"), so the
-- paid share of each is derived from paid_rub.
alter table obligations add column categories jsonb not null default '[]';

-- Existing rows: the categories of the latest stored assessment, where its payments add up to the obligation's
-- assessed_rub (they always should: the obligation follows the assessment). Where they do not, the amount is kept as one
-- 'undivided' category (it cannot be named in a deferral); an obligation of 0 without payments keeps none.
with latest as (
    select distinct on (declaration_id) declaration_id, document
    from assessments
    order by declaration_id, version desc
), figures as (
    select l.declaration_id, x.figure ->> 'kind' as kind, (x.figure ->> 'amountRub')::numeric as amount
    from latest l
    cross join lateral (
        select jsonb_array_elements(coalesce(i.item -> 'figures', '[]'::jsonb)) as figure
        from jsonb_array_elements(coalesce(l.document -> 'items', '[]'::jsonb)) as i(item)
        union all
        select jsonb_array_elements(coalesce(l.document -> 'declarationFigures', '[]'::jsonb))
    ) x
    where x.figure ->> 'kind' in ('customs_fee', 'import_duty', 'export_duty', 'flat_rate', 'excise', 'vat')
), per_category as (
    select declaration_id, kind, sum(amount) as amount
    from figures
    group by declaration_id, kind
), divided as (
    select declaration_id,
           jsonb_agg(jsonb_build_object('category', kind, 'assessedRub', amount)
                     order by array_position(array['customs_fee', 'import_duty', 'export_duty', 'flat_rate', 'excise', 'vat'], kind)) as categories,
           sum(amount) as total
    from per_category
    group by declaration_id
)
update obligations o
set categories = d.categories
from divided d
where d.declaration_id = o.declaration_id and d.total = o.assessed_rub;

update obligations
set categories = jsonb_build_array(jsonb_build_object('category', 'undivided', 'assessedRub', assessed_rub))
where categories = '[]'::jsonb and assessed_rub <> 0;
