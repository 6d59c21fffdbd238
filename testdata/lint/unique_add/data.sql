INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com'), (3, NULL), (4, NULL);
