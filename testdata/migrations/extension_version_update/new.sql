-- An extension is updated to its default version (and back to an older one, which has no downgrade script) (new side).
CREATE EXTENSION hstore;
