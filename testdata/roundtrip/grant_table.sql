-- roles: strata_reader, strata_writer, strata_auditor
-- Table privileges to several roles and to PUBLIC, in one or many
-- statements, with the privilege names in any order.
CREATE TABLE account (id bigint PRIMARY KEY, email text);
CREATE TABLE audit_log (id bigint, at timestamptz, what text);
GRANT SELECT ON account TO strata_reader;
GRANT UPDATE, INSERT, DELETE, SELECT ON TABLE account TO strata_writer;
GRANT TRUNCATE, REFERENCES, TRIGGER ON account TO strata_auditor;
GRANT SELECT ON account, audit_log TO PUBLIC;
GRANT INSERT ON audit_log TO strata_writer, strata_auditor;
REVOKE SELECT ON audit_log FROM PUBLIC;
