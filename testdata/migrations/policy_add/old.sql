-- Row-level security is turned on and policies are added (old side: none).
CREATE TABLE doc (id integer PRIMARY KEY, owner name NOT NULL, public boolean NOT NULL DEFAULT false);
