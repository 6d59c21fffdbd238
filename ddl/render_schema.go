package ddl

import (
	"github.com/stratadb/strata/schema"
)

// publicSchemaComment is the comment the public schema has in a freshly
// created database.
const publicSchemaComment = "standard public schema"

// CreateSchema returns the CREATE SCHEMA statement for s, without its
// comment (see CommentOnSchema).
func CreateSchema(s *schema.Schema) string {
	return "CREATE SCHEMA " + schema.QuoteIdent(s.Name)
}

// CreateExtension returns the CREATE EXTENSION statement for e: installed
// into e.Schema, at e.Version when it is set (the default version
// otherwise). Its comment is separate (see CommentOnExtension).
func CreateExtension(e *schema.Extension) string {
	sql := "CREATE EXTENSION " + schema.QuoteIdent(e.Name) + " WITH SCHEMA " + schema.QuoteIdent(e.Schema)
	if e.Version != "" {
		sql += " VERSION " + QuoteLiteral(e.Version)
	}
	return sql
}
