-- An exclusion constraint is added together with the extension it needs (new side).
CREATE EXTENSION btree_gist;
CREATE TABLE booking (room integer, during tsrange, CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
