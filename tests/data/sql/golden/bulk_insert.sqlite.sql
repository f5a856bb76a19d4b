INSERT INTO everything (id, s, flag) VALUES (1, 'one', 1);

INSERT INTO everything (id, s, flag) VALUES (2, NULL, 0);

INSERT INTO everything (id, s, x) VALUES (3, 'a\b%', 0.1);

INSERT INTO everything (id, x) VALUES (4, 1e+16);

INSERT INTO everything (id, x) VALUES (5, 123456.789);

INSERT INTO everything (id, x) VALUES (6, 1e-05);

INSERT INTO everything (id, x) VALUES (7, -2.0);

