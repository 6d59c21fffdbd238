-- ICU collations (en-x-icu, und-x-icu, de-x-icu) on columns, and a column index overriding the collation.
CREATE TABLE names (
    en text COLLATE "en-x-icu",
    und varchar(100) COLLATE "und-x-icu" NOT NULL,
    de text COLLATE pg_catalog."de-x-icu" DEFAULT 'ä'
);
CREATE INDEX names_en_c ON names (en COLLATE "C");
CREATE INDEX names_und ON names (und);
