-- Index keys with explicit collations: same as the column's, different, with an opclass and with DESC.
CREATE TABLE words (w text, wc text COLLATE "C");
CREATE INDEX words_w_c ON words (w COLLATE "C");
CREATE INDEX words_wc_c ON words (wc COLLATE "C");
CREATE INDEX words_wc_posix ON words (wc COLLATE "POSIX" text_pattern_ops DESC);
CREATE INDEX words_lower ON words ((lower(w)) COLLATE "C");
