-- Enum types created and referenced through search_path (unqualified), shadowing a same-named type in public.
CREATE SCHEMA app;
CREATE TYPE public.color AS ENUM ('red', 'green');
SET search_path = app, public;
CREATE TYPE color AS ENUM ('cyan', 'magenta', 'yellow');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE items (c color DEFAULT 'cyan', pc public.color, s size[]);
COMMENT ON TYPE color IS 'printer colors';
