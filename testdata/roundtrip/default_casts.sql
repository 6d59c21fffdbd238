-- Defaults needing implicit or explicit casts to the column type: literals into numeric, varchar, enum, arrays, timestamps and domains of types.
CREATE TYPE st AS ENUM ('on', 'off');
CREATE TABLE c (
    a numeric(10,2) DEFAULT 0,
    b numeric DEFAULT 1.50,
    c varchar(5) DEFAULT 'abc',
    d st DEFAULT 'off',
    e st DEFAULT 'on'::st,
    f integer[] DEFAULT '{}',
    g text[] DEFAULT '{}'::text[],
    h timestamp DEFAULT '2000-01-01 00:00:00',
    i timestamptz DEFAULT '2000-01-01 00:00:00+02',
    j bigint DEFAULT 1,
    k smallint DEFAULT 1,
    l real DEFAULT 1,
    m text DEFAULT 1,
    n inet DEFAULT '127.0.0.1',
    o uuid DEFAULT '00000000-0000-0000-0000-000000000000',
    p integer DEFAULT '5',
    q character(3) DEFAULT 'ab',
    r varchar(3)[] DEFAULT ARRAY['x'],
    s jsonb DEFAULT '{"a": [1, 2]}',
    t double precision DEFAULT '0'::numeric,
    u integer DEFAULT 2.7,
    v bit(4) DEFAULT '1010',
    w money DEFAULT '12.34'
);
