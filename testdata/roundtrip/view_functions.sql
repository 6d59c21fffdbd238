-- Functions in FROM and whole-row references.
CREATE TABLE doc (id integer PRIMARY KEY, body jsonb, words text[]);
CREATE VIEW doc_series AS SELECT g FROM generate_series(1, 10) g;
CREATE VIEW doc_words AS SELECT d.id, w FROM doc d, unnest(d.words) w;
CREATE VIEW doc_words_ord AS SELECT d.id, u.word, u.n FROM doc d, unnest(d.words) WITH ORDINALITY u(word, n);
CREATE VIEW doc_keys AS SELECT d.id, e.key, e.value FROM doc d, jsonb_each(d.body) e;
CREATE VIEW doc_elements AS SELECT x FROM jsonb_array_elements('[1, 2]'::jsonb) x;
CREATE VIEW doc_json AS SELECT row_to_json(d) AS j, d FROM doc d;
CREATE VIEW doc_record AS SELECT r.a, r.b FROM jsonb_to_record('{"a": 1}'::jsonb) AS r(a integer, b text);
