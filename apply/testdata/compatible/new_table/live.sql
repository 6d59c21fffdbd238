CREATE SCHEMA audit;
CREATE TYPE audit.action AS ENUM ('insert', 'delete');
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE audit.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    action audit.action NOT NULL,
    CHECK (user_id > 0)
);
CREATE UNIQUE INDEX events_user_action ON audit.events (user_id, action);
CREATE FUNCTION audit.count_events() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM audit.events $$;
CREATE VIEW audit.recent AS SELECT id, user_id FROM audit.events;
