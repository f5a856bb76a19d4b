UPDATE t SET c = 'a';

DELETE FROM everything WHERE id = 5;

select 1.5, 'it''s', NULL, 1, 10:30, x::int, :e;

ALTER TYPE mood ADD VALUE 'c';

