CREATE TABLE t (n integer NOT NULL DEFAULT 42, s text NOT NULL DEFAULT 'it''s', b boolean NOT NULL DEFAULT true,
 at timestamptz NOT NULL DEFAULT now(), f numeric NOT NULL DEFAULT 1.5, nothing text);
