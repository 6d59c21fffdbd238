package ddl

import pg_query "github.com/pganalyze/pg_query_go/v6"

// needsDatabase reports a statement whose result can only be known by
// running it (CREATE TABLE ... AS, SELECT ... INTO: the new table's
// columns come from its query): an error that says to read the source
// through a development database, unless Options.SkipUnsupported.
func (p *parser) needsDatabase(start int, kind string, rel *pg_query.RangeVar) error {
	object := ""
	if rel != nil {
		object = displayName(rel.Schemaname, rel.Relname)
		if q, err := p.st.createName(rel.Schemaname, rel.Relname); err == nil {
			object = q.String()
			if p.st.rels[q] == 0 {
				p.st.rels[q] = relOther // later statements resolve the name
			}
		}
	}
	if p.opts.SkipUnsupported {
		p.res.Unsupported = append(p.res.Unsupported, Skipped{Pos: p.pos(start), Kind: kind, Object: object})
		return nil
	}
	return &Error{Pos: p.pos(start), Msg: kind + " " + object + ": the columns of a table created from a query are only known by running " +
		"the query, which cannot be done offline; read this source with --dev-url URL (a PostgreSQL server where Strata loads the files " +
		"into a temporary database, inspects it and drops it)"}
}
