-- Column defaults calling functions and SQL value functions: now(), CURRENT_TIMESTAMP, CURRENT_DATE, LOCALTIMESTAMP(0), current_user, gen_random_uuid(), clock_timestamp.
CREATE TABLE f (
    a timestamp with time zone DEFAULT now(),
    b timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    c timestamp without time zone DEFAULT now(),
    d date DEFAULT CURRENT_DATE,
    e timestamp without time zone DEFAULT LOCALTIMESTAMP(0),
    g time with time zone DEFAULT CURRENT_TIME,
    h text DEFAULT CURRENT_USER,
    i name DEFAULT SESSION_USER,
    j uuid DEFAULT gen_random_uuid(),
    k timestamp with time zone DEFAULT clock_timestamp(),
    l timestamp with time zone DEFAULT (now() AT TIME ZONE 'utc'),
    m timestamp without time zone DEFAULT timezone('utc'::text, now()),
    n text DEFAULT (random())::text,
    o integer DEFAULT (floor(random() * 100))::integer,
    p timestamptz DEFAULT 'now'::text::timestamp with time zone,
    q text DEFAULT upper('abc'),
    r text DEFAULT md5(random()::text),
    s timestamp with time zone DEFAULT CURRENT_TIMESTAMP(3),
    t interval DEFAULT make_interval(days => 1)
);
