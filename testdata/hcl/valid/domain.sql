CREATE DOMAIN us_postal_code AS text CHECK (VALUE ~ '^\d{5}$');
CREATE DOMAIN positive AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE TABLE addresses (zip us_postal_code, n positive NOT NULL);
