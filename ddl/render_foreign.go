package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// optionsList renders "name=value" options as OPTIONS (name 'value', ...);
// "" when there are none.
func optionsList(opts []string) string {
	if len(opts) == 0 {
		return ""
	}
	parts := make([]string, len(opts))
	for i, o := range opts {
		name, value, _ := strings.Cut(o, "=")
		parts[i] = schema.QuoteIdent(name) + " " + QuoteLiteral(value)
	}
	return "OPTIONS (" + strings.Join(parts, ", ") + ")"
}

// AlterOptions returns the OPTIONS (ADD ..., SET ..., DROP ...) clause of
// an ALTER statement that turns the options from into to; "" when they
// are the same.
func AlterOptions(from, to []string) string {
	old := map[string]string{}
	for _, o := range from {
		name, value, _ := strings.Cut(o, "=")
		old[name] = value
	}
	keep := map[string]bool{}
	var parts []string
	for _, o := range to {
		name, value, _ := strings.Cut(o, "=")
		keep[name] = true
		v, ok := old[name]
		switch {
		case !ok:
			parts = append(parts, "ADD "+schema.QuoteIdent(name)+" "+QuoteLiteral(value))
		case v != value:
			parts = append(parts, "SET "+schema.QuoteIdent(name)+" "+QuoteLiteral(value))
		}
	}
	for _, o := range from {
		name, _, _ := strings.Cut(o, "=")
		if !keep[name] {
			parts = append(parts, "DROP "+schema.QuoteIdent(name))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "OPTIONS (" + strings.Join(parts, ", ") + ")"
}

// CreateForeignDataWrapper returns the CREATE FOREIGN DATA WRAPPER
// statement of w (without its comment).
func CreateForeignDataWrapper(w *schema.ForeignDataWrapper) string {
	sql := "CREATE FOREIGN DATA WRAPPER " + schema.QuoteIdent(w.Name)
	if w.Handler != "" {
		sql += " HANDLER " + w.Handler
	}
	if w.Validator != "" {
		sql += " VALIDATOR " + w.Validator
	}
	if o := optionsList(w.Options); o != "" {
		sql += " " + o
	}
	return sql
}

// AlterForeignDataWrapper returns the ALTER FOREIGN DATA WRAPPER statement
// that turns from into to (handler, validator, options); "" when nothing
// of these differs.
func AlterForeignDataWrapper(from, to *schema.ForeignDataWrapper) string {
	var parts []string
	if from.Handler != to.Handler {
		if to.Handler == "" {
			parts = append(parts, "NO HANDLER")
		} else {
			parts = append(parts, "HANDLER "+to.Handler)
		}
	}
	if from.Validator != to.Validator {
		if to.Validator == "" {
			parts = append(parts, "NO VALIDATOR")
		} else {
			parts = append(parts, "VALIDATOR "+to.Validator)
		}
	}
	if o := AlterOptions(from.Options, to.Options); o != "" {
		parts = append(parts, o)
	}
	if len(parts) == 0 {
		return ""
	}
	return "ALTER FOREIGN DATA WRAPPER " + schema.QuoteIdent(to.Name) + " " + strings.Join(parts, " ")
}

// CreateServer returns the CREATE SERVER statement of s.
func CreateServer(s *schema.ForeignServer) string {
	sql := "CREATE SERVER " + schema.QuoteIdent(s.Name)
	if s.Type != "" {
		sql += " TYPE " + QuoteLiteral(s.Type)
	}
	if s.Version != "" {
		sql += " VERSION " + QuoteLiteral(s.Version)
	}
	sql += " FOREIGN DATA WRAPPER " + schema.QuoteIdent(s.Wrapper)
	if o := optionsList(s.Options); o != "" {
		sql += " " + o
	}
	return sql
}

// AlterServer returns the ALTER SERVER statement that changes the version
// and options of from into to's; "" when neither differs. (A server's
// wrapper and type cannot change in place.)
func AlterServer(from, to *schema.ForeignServer) string {
	var parts []string
	if from.Version != to.Version {
		if to.Version == "" {
			parts = append(parts, "VERSION NULL")
		} else {
			parts = append(parts, "VERSION "+QuoteLiteral(to.Version))
		}
	}
	if o := AlterOptions(from.Options, to.Options); o != "" {
		parts = append(parts, o)
	}
	if len(parts) == 0 {
		return ""
	}
	return "ALTER SERVER " + schema.QuoteIdent(to.Name) + " " + strings.Join(parts, " ")
}

// foreignColumn renders a column of CREATE FOREIGN TABLE or of ALTER
// FOREIGN TABLE ... ADD COLUMN.
func foreignColumn(c *schema.ForeignColumn) string {
	s := schema.QuoteIdent(c.Name) + " " + c.Type
	if o := optionsList(c.Options); o != "" {
		s += " " + o
	}
	if c.Collation != "" {
		s += " COLLATE " + c.Collation
	}
	if c.NotNull {
		s += " NOT NULL"
	}
	if c.Default != "" {
		s += " DEFAULT " + defaultExpr(c.Default)
	}
	return s
}

// CreateForeignTable returns the CREATE FOREIGN TABLE statement of t
// (without comments).
func CreateForeignTable(t *schema.ForeignTable) string {
	var b strings.Builder
	b.WriteString("CREATE FOREIGN TABLE " + t.QName().String() + " (")
	for i, c := range t.Columns {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    " + foreignColumn(c))
	}
	if len(t.Columns) > 0 {
		b.WriteString("\n")
	}
	b.WriteString(") SERVER " + schema.QuoteIdent(t.Server))
	if o := optionsList(t.Options); o != "" {
		b.WriteString(" " + o)
	}
	return b.String()
}

// AddForeignColumn returns the ALTER FOREIGN TABLE ... ADD COLUMN statement
// of column c of foreign table q.
func AddForeignColumn(q schema.QName, c *schema.ForeignColumn) string {
	return "ALTER FOREIGN TABLE " + q.String() + " ADD COLUMN " + foreignColumn(c)
}

// CommentOnForeignDataWrapper returns the statement that sets the comment
// of wrapper name; "" removes it.
func CommentOnForeignDataWrapper(name, text string) string {
	return commentOn("FOREIGN DATA WRAPPER "+schema.QuoteIdent(name), text)
}

// CommentOnServer returns the statement that sets the comment of server
// name; "" removes it.
func CommentOnServer(name, text string) string {
	return commentOn("SERVER "+schema.QuoteIdent(name), text)
}

// CommentOnForeignTable returns the statement that sets the comment of
// foreign table q; "" removes it.
func CommentOnForeignTable(q schema.QName, text string) string {
	return commentOn("FOREIGN TABLE "+q.String(), text)
}

// renderForeign adds the wrappers, servers and foreign tables of db with
// their comments, in name order.
func renderForeign(s *script, db *schema.Database) {
	for _, w := range db.ForeignDataWrappers {
		s.add(CreateForeignDataWrapper(w))
	}
	for _, srv := range db.ForeignServers {
		s.add(CreateServer(srv))
	}
	for _, t := range db.ForeignTables {
		s.add(CreateForeignTable(t))
	}
	for _, m := range db.UserMappings {
		s.add(CreateUserMapping(m))
	}
	for _, w := range db.ForeignDataWrappers {
		if w.Comment != "" {
			s.add(CommentOnForeignDataWrapper(w.Name, w.Comment))
		}
	}
	for _, srv := range db.ForeignServers {
		if srv.Comment != "" {
			s.add(CommentOnServer(srv.Name, srv.Comment))
		}
	}
	for _, t := range db.ForeignTables {
		if t.Comment != "" {
			s.add(CommentOnForeignTable(t.QName(), t.Comment))
		}
		for _, c := range t.Columns {
			if c.Comment != "" {
				s.add(CommentOnColumn(t.QName(), c.Name, c.Comment))
			}
		}
	}
	s.section()
}

// SetForeignColumnDefault returns the ALTER FOREIGN TABLE statement that
// sets the default of a column of foreign table q, or drops it when expr
// is "".
func SetForeignColumnDefault(q schema.QName, column, expr string) string {
	sql := "ALTER FOREIGN TABLE " + q.String() + " ALTER COLUMN " + schema.QuoteIdent(column)
	if expr == "" {
		return sql + " DROP DEFAULT"
	}
	return sql + " SET DEFAULT " + defaultExpr(expr)
}

// mappingRole renders the role of a user mapping: PUBLIC or a quoted name.
func mappingRole(user string) string {
	if user == "PUBLIC" {
		return user
	}
	return schema.QuoteIdent(user)
}

// CreateUserMapping returns the CREATE USER MAPPING statement of m.
func CreateUserMapping(m *schema.UserMapping) string {
	sql := "CREATE USER MAPPING FOR " + mappingRole(m.User) + " SERVER " + schema.QuoteIdent(m.Server)
	if o := optionsList(m.Options); o != "" {
		sql += " " + o
	}
	return sql
}

// AlterUserMapping returns the ALTER USER MAPPING statement that turns the
// options of from into to's; "" when they are the same.
func AlterUserMapping(from, to *schema.UserMapping) string {
	o := AlterOptions(from.Options, to.Options)
	if o == "" {
		return ""
	}
	return "ALTER USER MAPPING FOR " + mappingRole(to.User) + " SERVER " + schema.QuoteIdent(to.Server) + " " + o
}

// DropUserMapping returns the DROP USER MAPPING statement of m.
func DropUserMapping(m *schema.UserMapping) string {
	return "DROP USER MAPPING FOR " + mappingRole(m.User) + " SERVER " + schema.QuoteIdent(m.Server)
}
