-- Unqualified type, sequence and table names in defaults, checks and FKs resolved through search_path (shadowing public).
CREATE SCHEMA s;
CREATE TYPE public.kind AS ENUM ('p1', 'p2');
CREATE TYPE s.kind AS ENUM ('s1', 's2');
CREATE SEQUENCE public.n_seq;
CREATE SEQUENCE s.n_seq;
CREATE TABLE public.ref (id integer PRIMARY KEY);
CREATE TABLE s.ref (id integer PRIMARY KEY);
SET search_path = s, public;
CREATE TABLE t (
    k kind DEFAULT 's1',
    k2 public.kind DEFAULT 'p1'::public.kind,
    n bigint DEFAULT nextval('n_seq'),
    r integer REFERENCES ref,
    c kind CHECK (c <> 's2'::kind)
);
SET search_path = public;
CREATE TABLE u (k kind DEFAULT 'p2', n bigint DEFAULT nextval('n_seq'::regclass), r integer REFERENCES ref);
