CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE m_2024 (id integer, at date);
