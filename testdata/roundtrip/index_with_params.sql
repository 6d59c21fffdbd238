-- Index storage parameters (WITH): fillfactor, deduplicate_items, fastupdate, gin_pending_list_limit, pages_per_range, autosummarize, buffering.
CREATE TABLE p (a integer, b text[], c timestamptz, d point, e text);
CREATE INDEX p_a ON p (a) WITH (fillfactor = 70);
CREATE INDEX p_a_dedup ON p (a) WITH (deduplicate_items = off);
CREATE INDEX p_b ON p USING gin (b) WITH (fastupdate = false, gin_pending_list_limit = 128);
CREATE INDEX p_c ON p USING brin (c) WITH (pages_per_range = 32, autosummarize = on);
CREATE INDEX p_d ON p USING gist (d) WITH (buffering = auto, fillfactor = 90);
CREATE INDEX p_e ON p USING hash (e) WITH (fillfactor = 60);
