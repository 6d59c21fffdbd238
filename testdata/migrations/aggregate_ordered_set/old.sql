-- An ordered-set and a hypothetical-set aggregate are added (and dropped
-- backward, by their ORDER BY signatures).
CREATE TABLE t (v integer);
