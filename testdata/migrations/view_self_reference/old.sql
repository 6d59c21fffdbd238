-- A view that selects from itself (it was replaced after a first version
-- that did not). The model does not hold view column types, so the plan
-- cannot create the first version: it is refused, with what to do.
-- Dropping it is planned as usual.
CREATE TABLE projects (id integer, name text);
