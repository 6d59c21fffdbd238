INSERT INTO users VALUES (1);
INSERT INTO orders VALUES (1, 1);
SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id;
