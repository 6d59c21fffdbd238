-- A partition becomes a standalone table whose own key and index match the parent's copies: kept and renamed, not rebuilt (old side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL, v integer, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX m_id ON m (id);
CREATE INDEX m_expr ON m ((v + 1)) WHERE v > 10;
CREATE TABLE m_2024 (id integer NOT NULL, at date NOT NULL, v integer, PRIMARY KEY (id, at));
CREATE INDEX m_2024_by_id ON m_2024 (id);
COMMENT ON INDEX m_2024_by_id IS 'by id';
