-- A sequence's comment is set (new side).
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'numbers for invoices';
