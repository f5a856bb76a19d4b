UPDATE everything SET s='it''s' WHERE everything.id = 7;

UPDATE everything SET s='q', x=2.5e+20 WHERE everything.id = 5 AND (everything.s = 'x' OR everything.flag IS NULL);

DELETE FROM everything WHERE everything.id IN (1, 2, 3);

DELETE FROM everything WHERE everything.s LIKE 'a%';

INSERT INTO everything (id, s, flag) VALUES (5, 'z', 0);

UPDATE everything SET x=(everything.x + 1) WHERE everything.flag = 1;

UPDATE everything SET s=upper(everything.s) WHERE everything.s IS NOT NULL;

DELETE FROM everything WHERE everything.id != 3;

UPDATE everything SET x=((everything.x - 1) * 2);

UPDATE meta.v SET n=2 WHERE meta.v.n = 1;

