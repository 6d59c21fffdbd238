CREATE TABLE docs (id integer, owner text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON docs USING (true);
