-- Foreign keys with no referenced column list, resolved to the referenced table's primary key (single and composite, other schema).
CREATE SCHEMA ref;
CREATE TABLE ref.k (a integer, b integer, PRIMARY KEY (b, a));
CREATE TABLE one (id bigint PRIMARY KEY);
CREATE TABLE c (
    o bigint REFERENCES one,
    x integer,
    y integer,
    FOREIGN KEY (x, y) REFERENCES ref.k
);
