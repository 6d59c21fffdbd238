-- An extension is updated to its default version (and back to an older one, which has no downgrade script) (old side).
CREATE EXTENSION hstore VERSION '1.6';
