SELECT id FROM p WHERE m = 'meh';
INSERT INTO p VALUES (1, 'ok');
