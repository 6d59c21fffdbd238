INSERT INTO users VALUES (1, 'a@example.com') ON CONFLICT (email) DO NOTHING;
