SELECT id, fullname FROM users;
INSERT INTO users (id, fullname) VALUES (3, 'Ada');
UPDATE users SET fullname = 'Ada L.' WHERE id = 3;
