-- Sequences OWNED BY a column (in CREATE and via ALTER SEQUENCE), OWNED BY NONE, and used as defaults.
CREATE TABLE orders (id integer NOT NULL, ref bigint);
CREATE SEQUENCE orders_id_seq AS integer OWNED BY orders.id;
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('orders_id_seq'::regclass);
CREATE SEQUENCE orders_ref_seq;
ALTER SEQUENCE orders_ref_seq OWNED BY public.orders.ref;
ALTER TABLE ONLY orders ALTER COLUMN ref SET DEFAULT nextval('public.orders_ref_seq');
CREATE SEQUENCE free_seq OWNED BY orders.id;
ALTER SEQUENCE free_seq OWNED BY NONE;
CREATE SCHEMA s;
CREATE TABLE s.t (n integer);
CREATE SEQUENCE s.cross_seq OWNED BY s.t.n;
