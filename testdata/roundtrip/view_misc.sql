-- Assorted query forms: VALUES, grouping sets, frames, FETCH FIRST,
-- quoted names, CASE with an operand, recursive views.
CREATE TABLE "Order" (id integer, "Time" timestamptz, status text, qty integer, region text);
CREATE VIEW order_case AS SELECT id, CASE status WHEN 'new' THEN 1 WHEN 'paid' THEN 2 ELSE 0 END AS rank, "Time" FROM "Order";
CREATE VIEW order_values AS SELECT v.id, v.label FROM (VALUES (1, 'one'), (2, 'two')) v(id, label);
CREATE VIEW order_top_values AS VALUES (1, 'a'), (2, 'b');
CREATE VIEW order_rollup AS SELECT region, status, sum(qty) AS qty FROM "Order" GROUP BY ROLLUP (region, status);
CREATE VIEW order_sets AS SELECT region, status, count(*) AS n FROM "Order" GROUP BY GROUPING SETS ((region), (status), ());
CREATE VIEW order_frame AS SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM "Order";
CREATE VIEW order_fetch AS SELECT id FROM "Order" ORDER BY id FETCH FIRST 3 ROWS ONLY;
CREATE VIEW order_ilike AS SELECT id FROM "Order" WHERE status ILIKE '%a%' AND (qty > 1) IS TRUE AND NOT (id = 1 OR id = 2);
CREATE VIEW order_any_sub AS SELECT id FROM "Order" o WHERE o.qty = ANY (SELECT qty FROM "Order" WHERE region = 'eu');
CREATE VIEW order_lateral AS SELECT o.id, x.n FROM "Order" o LEFT JOIN LATERAL (SELECT count(*) AS n FROM "Order" i WHERE i.region = o.region) x ON true;
CREATE VIEW order_casts AS SELECT '{1,2}'::integer[] AS arr, '"Order"'::regclass AS rel, current_user AS who, now() AS at, id::numeric(10,2) AS money FROM "Order";
CREATE RECURSIVE VIEW order_numbers (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM order_numbers WHERE n < 5;
