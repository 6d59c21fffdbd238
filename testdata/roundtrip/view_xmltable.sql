-- XMLTABLE in FROM.
CREATE VIEW xml_rows AS
SELECT *
  FROM (SELECT '<r><p id="1"/></r>'::xml AS data) _,
       XMLTABLE('/r/p' PASSING data
                COLUMNS id int PATH '@id',
                        n FOR ORDINALITY,
                        name text PATH 'name' DEFAULT 'none');
