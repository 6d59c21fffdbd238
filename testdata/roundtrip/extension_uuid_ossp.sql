-- The quoted extension name "uuid-ossp" in its own schema, and uuid defaults from it and from core.
CREATE SCHEMA util;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA util;
CREATE TABLE things (
    id uuid DEFAULT util.uuid_generate_v4() NOT NULL,
    id2 uuid DEFAULT gen_random_uuid(),
    ns uuid DEFAULT util.uuid_nil()
);
