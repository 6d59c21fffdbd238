CREATE TABLE accounts (id bigint PRIMARY KEY, name text, owner_id bigint);
CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE INDEX accounts_owner ON accounts (owner_id);
