CREATE SCHEMA acme;
CREATE TABLE acme.events (n integer NOT NULL DEFAULT 400, audited boolean NOT NULL DEFAULT false);
COMMENT ON TABLE acme.events IS 'ACME_EVENTS';
