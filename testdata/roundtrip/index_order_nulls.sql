-- Index key ordering: ASC, DESC, NULLS FIRST, NULLS LAST and every combination, on columns and expressions.
CREATE TABLE s (a integer, b integer, c integer, d text);
CREATE INDEX s_a_asc ON s (a ASC);
CREATE INDEX s_a_desc ON s (a DESC);
CREATE INDEX s_a_desc_nl ON s (a DESC NULLS LAST);
CREATE INDEX s_a_asc_nf ON s (a NULLS FIRST);
CREATE INDEX s_a_asc_nl ON s (a ASC NULLS LAST);
CREATE INDEX s_a_desc_nf ON s (a DESC NULLS FIRST);
CREATE INDEX s_mixed ON s (a, b DESC, c NULLS FIRST, d DESC NULLS LAST);
CREATE INDEX s_expr ON s ((a + b) DESC NULLS LAST, lower(d) NULLS FIRST);
