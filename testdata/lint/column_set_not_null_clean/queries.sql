INSERT INTO users (id, email) VALUES (7, 'c@example.com');
SELECT id, email FROM users;
