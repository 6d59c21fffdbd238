package ddl

import (
	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

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
	return p.onlyByRunning(start, kind, object, "the columns of a table created from a query are only known by running the query")
}

// importForeignSchema reports IMPORT FOREIGN SCHEMA: the foreign tables
// it creates, and their columns, are only known by asking the foreign
// server, so the source must be read through a development database
// (which runs the import) unless Options.SkipUnsupported.
func (p *parser) importForeignSchema(s *pg_query.ImportForeignSchemaStmt, start int) error {
	object := schema.QuoteIdent(s.RemoteSchema) + " FROM SERVER " + schema.QuoteIdent(s.ServerName) + " INTO " + schema.QuoteIdent(s.LocalSchema)
	return p.onlyByRunning(start, "IMPORT FOREIGN SCHEMA", object,
		"the foreign tables it creates are only known by asking the foreign server")
}

// onlyByRunning records a statement that cannot be known offline as
// skipped (Options.SkipUnsupported) or returns the error that says why
// and to use --dev-url.
func (p *parser) onlyByRunning(start int, kind, object, why string) error {
	if p.opts.SkipUnsupported {
		p.res.Unsupported = append(p.res.Unsupported, Skipped{Pos: p.pos(start), Kind: kind, Object: object})
		return nil
	}
	return &Error{Pos: p.pos(start), Msg: kind + " " + object + ": " + why + ", which cannot be done offline; read this source with --dev-url URL " +
		"(a PostgreSQL server where Strata loads the files into a temporary database, inspects it and drops it)"}
}
