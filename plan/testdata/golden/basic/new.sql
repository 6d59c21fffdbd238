CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TYPE color AS ENUM ('red', 'blue', 'green', 'white');
CREATE TABLE users (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    age integer,
    m mood DEFAULT 'ok',
    ms mood[],
    c color DEFAULT 'blue',
    email text
);
COMMENT ON COLUMN users.email IS 'where to write';
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY (INCREMENT BY 2) PRIMARY KEY,
    user_id integer REFERENCES users (id) ON DELETE CASCADE,
    note text
);
CREATE INDEX orders_user ON orders (user_id, note);
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(id));
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b(id);
