-- Defaults that call nextval on explicit sequences: with and without ::regclass, qualified, quoted and in another schema.
CREATE SCHEMA s;
CREATE SEQUENCE seq1;
CREATE SEQUENCE s."Seq 2";
CREATE SEQUENCE s.seq3;
CREATE TABLE n (
    a integer DEFAULT nextval('seq1'::regclass),
    b bigint DEFAULT nextval('seq1'),
    c bigint DEFAULT nextval('public.seq1'::regclass),
    d integer DEFAULT nextval('s."Seq 2"'),
    e bigint DEFAULT nextval(('s.seq3'::text)::regclass),
    f text DEFAULT 'N-' || nextval('s.seq3')::text,
    g bigint DEFAULT currval('seq1')
);
