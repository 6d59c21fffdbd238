-- Unique indexes: single, multi-column, expression, partial, and a unique index beside a unique constraint on the same column.
CREATE TABLE u (id integer, email text, org integer, deleted_at timestamptz);
CREATE UNIQUE INDEX u_id ON u (id);
CREATE UNIQUE INDEX u_org_email ON u (org, email);
CREATE UNIQUE INDEX u_lower_email ON u (lower(email));
CREATE UNIQUE INDEX u_email_live ON u (email) WHERE deleted_at IS NULL;
ALTER TABLE u ADD CONSTRAINT u_id_key UNIQUE (id);
