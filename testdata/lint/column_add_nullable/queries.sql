INSERT INTO users (id) VALUES (5);
SELECT * FROM users;
