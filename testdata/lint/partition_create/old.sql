CREATE TABLE m (id integer, at date) PARTITION BY RANGE (at);
