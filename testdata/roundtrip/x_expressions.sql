-- Expressions that PostgreSQL rewrites when it stores them: defaults with
-- implicit casts, checks, expression and partial indexes, generated columns.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'new',
    code char(3) DEFAULT 'abc',
    m mood DEFAULT 'ok',
    price numeric(10,2) NOT NULL DEFAULT 0,
    qty integer DEFAULT -1,
    ratio double precision DEFAULT 0.5,
    email varchar,
    tags text[] DEFAULT '{}',
    ids bigint[] DEFAULT ARRAY[]::bigint[],
    data jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamp(3) DEFAULT CURRENT_TIMESTAMP,
    due date DEFAULT '2024-1-1',
    ttl interval DEFAULT '5 minutes',
    total numeric GENERATED ALWAYS AS (price * qty) STORED,
    label text GENERATED ALWAYS AS (lower(status) || '-' || code) STORED,
    CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped')),
    CONSTRAINT orders_price_check CHECK (price >= 0 AND price < 1000000),
    CONSTRAINT orders_qty_check CHECK (qty BETWEEN -1 AND 100),
    CONSTRAINT orders_email_check CHECK (email LIKE '%@%' OR email IS NULL),
    CONSTRAINT orders_ratio_check CHECK (ratio >= 0 AND ratio <= 1),
    CONSTRAINT orders_tags_check CHECK (cardinality(tags) <= 10),
    CONSTRAINT orders_data_check CHECK (jsonb_typeof(data) = 'object'),
    CONSTRAINT orders_due_check CHECK (due > '2000-01-01')
);

CREATE INDEX orders_lower_email_idx ON orders (lower(email));
CREATE INDEX orders_data_a_idx ON orders ((data ->> 'a'));
CREATE INDEX orders_open_idx ON orders (created_at) WHERE status <> 'shipped';
CREATE INDEX orders_paid_idx ON orders (id) WHERE status IN ('paid', 'shipped') AND m = 'happy';
