CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    name text CONSTRAINT accounts_name_key UNIQUE,
    owner_id bigint REFERENCES owners (id),
    CONSTRAINT name_not_blank CHECK (name <> '')
);
CREATE UNIQUE INDEX accounts_lower_name ON accounts (lower(name));
CREATE INDEX accounts_owner ON accounts (owner_id);
