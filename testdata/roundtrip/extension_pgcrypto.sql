-- Extensions: pgcrypto in public, used by a column default (gen_salt) and IF NOT EXISTS repeated.
CREATE EXTENSION pgcrypto;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE secrets (
    id integer PRIMARY KEY,
    salt text DEFAULT public.gen_salt('bf'),
    digest bytea DEFAULT public.digest('x', 'sha256')
);
