CREATE TABLE accounts (id bigint PRIMARY KEY, name text, owner_id bigint);
CREATE TABLE owners (id bigint PRIMARY KEY);
