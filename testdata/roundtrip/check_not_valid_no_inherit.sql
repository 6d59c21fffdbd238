-- Check constraints NOT VALID (added by ALTER TABLE), VALIDATEd later, and NO INHERIT, with an inheritance child.
CREATE TABLE p (a integer, b integer, CONSTRAINT p_b_noinh CHECK (b > 0) NO INHERIT);
ALTER TABLE p ADD CONSTRAINT p_a_positive CHECK (a > 0) NOT VALID;
ALTER TABLE p ADD CONSTRAINT p_a_small CHECK (a < 1000) NOT VALID;
ALTER TABLE p VALIDATE CONSTRAINT p_a_small;
ALTER TABLE ONLY p ADD CONSTRAINT p_both CHECK (a <> b) NO INHERIT;
CREATE TABLE c (z integer) INHERITS (p);
