-- requires: SELECT EXISTS (SELECT FROM pg_collation WHERE collprovider = 'i')
-- CREATE COLLATION with the ICU provider, deterministic or not.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german (provider = icu, locale = 'de');
CREATE DOMAIN ci_text AS text COLLATE ci;
CREATE TABLE t (a ci_text, b text COLLATE german);
