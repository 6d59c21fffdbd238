-- Foreign keys referencing a unique constraint and a unique index rather than the primary key.
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, tenant integer, login text);
CREATE UNIQUE INDEX users_tenant_login ON users (tenant, login);
CREATE TABLE sessions (
    email text REFERENCES users (email),
    tenant integer,
    login text,
    FOREIGN KEY (tenant, login) REFERENCES users (tenant, login)
);
