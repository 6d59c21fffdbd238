-- Volatility, strictness, security, parallel safety, cost, leakproof.
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
