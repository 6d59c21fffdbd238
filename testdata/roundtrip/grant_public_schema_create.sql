-- requires: SELECT current_setting('server_version_num')::int >= 150000
-- What pagila does (a dump from a server where PUBLIC could create in
-- public): PUBLIC gets CREATE on top of the default USAGE.
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;
