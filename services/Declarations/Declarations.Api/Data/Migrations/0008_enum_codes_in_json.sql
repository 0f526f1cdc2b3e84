-- The JSON documents follow the one convention for stored enum codes too (EnumCodes, as 0007 did for columns):
-- lower_snake_case of the member's name (LegalPerson -> legal_person), only where a document holds an enum:
-- content's parties' kind; the assessment's findings' kind and required permits' category and document; a goods
-- item's documents' kind and its declared categories. Names, addresses and rules' texts are left as they are.
create or replace function pg_temp.snake(code text) returns text language sql immutable as
$$ select lower(regexp_replace(code, '([a-z0-9])([A-Z])', '\1_\2', 'g')) $$;

-- Each element of an array of objects with its string field converted (other elements and fields unchanged).
create or replace function pg_temp.snake_field(items jsonb, field text) returns jsonb language sql immutable as
$$ select coalesce(jsonb_agg(case when jsonb_typeof(item -> field) = 'string'
                                  then jsonb_set(item, array[field], to_jsonb(pg_temp.snake(item ->> field)))
                                  else item end order by n), '[]'::jsonb)
   from jsonb_array_elements(items) with ordinality as t(item, n) $$;

create or replace function pg_temp.snake_party(content jsonb, party text) returns jsonb language sql immutable as
$$ select case when jsonb_typeof(content -> party -> 'kind') = 'string'
               then jsonb_set(content, array[party, 'kind'], to_jsonb(pg_temp.snake(content -> party ->> 'kind')))
               else content end $$;

update declarations
set content = pg_temp.snake_party(pg_temp.snake_party(pg_temp.snake_party(content, 'declarant'), 'principal'), 'recipient');

update declarations set assessment = jsonb_set(assessment, '{findings}', pg_temp.snake_field(assessment -> 'findings', 'kind'))
where jsonb_typeof(assessment -> 'findings') = 'array';

update declarations
set assessment = jsonb_set(assessment, '{requiredPermits}',
    pg_temp.snake_field(pg_temp.snake_field(assessment -> 'requiredPermits', 'category'), 'document'))
where jsonb_typeof(assessment -> 'requiredPermits') = 'array';

update goods_items set documents = pg_temp.snake_field(documents, 'kind') where jsonb_typeof(documents) = 'array';

update goods_items
set declared_categories = (select coalesce(jsonb_agg(case when jsonb_typeof(c) = 'string' then to_jsonb(pg_temp.snake(c #>> '{}')) else c end
                                                     order by n), '[]'::jsonb)
                           from jsonb_array_elements(declared_categories) with ordinality as t(c, n))
where jsonb_typeof(declared_categories) = 'array';
