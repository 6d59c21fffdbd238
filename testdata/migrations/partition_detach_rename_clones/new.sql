-- A partition becomes a standalone table whose own key and index match the parent's copies: kept and renamed, not rebuilt (new side).
CREATE TABLE m (id integer NOT NULL, at date NOT NULL, v integer, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX m_id ON m (id);
CREATE INDEX m_expr ON m ((v + 1)) WHERE v > 10;
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
