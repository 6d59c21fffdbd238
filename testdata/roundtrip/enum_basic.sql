-- Enum types: in public and in another schema, with a comment, used by columns, arrays and a default.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SCHEMA shop;
CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped', 'delivered');
COMMENT ON TYPE shop.status IS 'order lifecycle';
CREATE TYPE empty_enum AS ENUM ();
CREATE TABLE shop.orders (
    id integer,
    status shop.status DEFAULT 'new' NOT NULL,
    history shop.status[] DEFAULT '{}',
    buyer_mood public.mood
);
