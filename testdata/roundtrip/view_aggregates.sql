-- Grouping, aggregates, windows, DISTINCT, ORDER BY by position and name.
CREATE TABLE sale (id integer, region text, amount numeric, sold date);
CREATE VIEW sale_region AS SELECT region, sum(amount) AS total, count(*) FROM sale GROUP BY region HAVING sum(amount) > 100 ORDER BY 2 DESC;
CREATE VIEW sale_filter AS SELECT region, count(*) FILTER (WHERE amount > 10) AS big, avg(amount) FROM sale GROUP BY 1;
CREATE VIEW sale_rank AS SELECT id, rank() OVER (PARTITION BY region ORDER BY amount DESC) AS r, sum(amount) OVER w AS running FROM sale WINDOW w AS (ORDER BY sold);
CREATE VIEW sale_distinct AS SELECT DISTINCT region FROM sale;
CREATE VIEW sale_distinct_on AS SELECT DISTINCT ON (region) region, amount FROM sale ORDER BY region, amount DESC;
CREATE VIEW sale_order_name AS SELECT region AS r, amount FROM sale ORDER BY r NULLS FIRST, amount;
CREATE VIEW sale_agg_order AS SELECT region, string_agg(id::text, ',' ORDER BY id) AS ids, array_agg(DISTINCT amount) AS amounts FROM sale GROUP BY region;
CREATE VIEW sale_limit AS SELECT * FROM sale ORDER BY sold DESC LIMIT 5 OFFSET 2;
