-- Exclusion constraints with btree_gist: ranges with &&, equality with =, WHERE predicate, INCLUDE, named and deferrable.
CREATE EXTENSION btree_gist;
CREATE TABLE booking (
    room integer,
    during tstzrange,
    canceled boolean DEFAULT false,
    note text,
    EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT canceled),
    CONSTRAINT booking_during_excl2 EXCLUDE USING gist (during WITH &&, room WITH =) INCLUDE (note) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE circles (c circle, EXCLUDE USING gist (c WITH &&));
CREATE TABLE uniq (x integer, EXCLUDE (x WITH =));
CREATE TABLE uniqh (x text, EXCLUDE USING hash (x WITH =) WITH (fillfactor = 70));
