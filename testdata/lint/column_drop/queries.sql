SELECT id, email FROM users;
INSERT INTO users (id, email) VALUES (10, 'b@example.com');
