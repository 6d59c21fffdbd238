CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name varchar(255) COLLATE "C",
    created_at timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    seen timestamp,
    tags text[],
    parent_id integer REFERENCES accounts (id),
    CONSTRAINT accounts_name_check CHECK (length(name) > 0)
);
CREATE INDEX accounts_tags ON accounts USING gin (tags array_ops);
CREATE INDEX accounts_name_lower ON accounts (lower(name));
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
