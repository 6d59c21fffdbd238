-- An aggregate and its state function are added.
CREATE TABLE t (v text);
