package ddl

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// alterColumn starts an ALTER TABLE ... ALTER COLUMN statement. Like every
// ALTER TABLE without ONLY, it applies to the table's inheritance children
// and partitions too.
func alterColumn(table schema.QName, column string) string {
	return "ALTER TABLE " + table.String() + " ALTER COLUMN " + schema.QuoteIdent(column) + " "
}

// SetColumnStatistics returns the statement that sets the statistics target
// of a column; nil restores the default (-1).
func SetColumnStatistics(table schema.QName, column string, target *int) string {
	n := -1
	if target != nil {
		n = *target
	}
	return alterColumn(table, column) + "SET STATISTICS " + strconv.Itoa(n)
}

// SetColumnStorage returns the statement that sets the storage mode of a
// column ("plain", "external", "extended" or "main").
func SetColumnStorage(table schema.QName, column, storage string) string {
	return alterColumn(table, column) + "SET STORAGE " + strings.ToUpper(storage)
}

// SetColumnCompression returns the statement that sets the compression
// method of a column ("pglz" or "lz4"); "" restores the server default.
func SetColumnCompression(table schema.QName, column, method string) string {
	if method == "" {
		method = "default"
	}
	return alterColumn(table, column) + "SET COMPRESSION " + method
}

// SetColumnDefault returns the statement that sets the default expression
// of a column, or drops it when expr is "".
func SetColumnDefault(table schema.QName, column, expr string) string {
	if expr == "" {
		return alterColumn(table, column) + "DROP DEFAULT"
	}
	return alterColumn(table, column) + "SET DEFAULT " + defaultExpr(expr)
}

// SetColumnNotNull returns the statement that makes a column NOT NULL, or
// nullable again when notNull is false.
func SetColumnNotNull(table schema.QName, column string, notNull bool) string {
	if notNull {
		return alterColumn(table, column) + "SET NOT NULL"
	}
	return alterColumn(table, column) + "DROP NOT NULL"
}

// columnSettings returns the ALTER TABLE statements that give the columns of
// t what CREATE TABLE could not say, once every table exists: statistics
// targets and storage modes, and for a column t inherits, whatever it does
// differently from its parent's column (default, NOT NULL, compression).
//
// These statements reach t's children too (no ONLY), and tables are handled
// parents first: a child column the model leaves out because it repeats
// its parent's thus ends up like the parent's, and a child column that
// differs is set after its parent's.
func columnSettings(t *schema.Table, byName map[schema.QName]*schema.Table) []string {
	var stmts []string
	q := t.QName()
	for _, c := range t.Columns {
		parent := inheritedFrom(t, c.Name, byName, map[*schema.Table]bool{})
		if parent == nil {
			if c.Statistics != nil {
				stmts = append(stmts, SetColumnStatistics(q, c.Name, c.Statistics))
			}
			if c.Storage != "" {
				stmts = append(stmts, SetColumnStorage(q, c.Name, c.Storage))
			}
			continue
		}
		if c.Inherited && c.Default != parent.Default {
			stmts = append(stmts, SetColumnDefault(q, c.Name, c.Default))
		}
		if c.Inherited && c.NotNull && !parent.NotNull {
			stmts = append(stmts, SetColumnNotNull(q, c.Name, true))
		}
		if c.Inherited && c.Compression != parent.Compression {
			stmts = append(stmts, SetColumnCompression(q, c.Name, c.Compression))
		}
		if !equalTarget(c.Statistics, parent.Statistics) {
			stmts = append(stmts, SetColumnStatistics(q, c.Name, c.Statistics))
		}
		if c.Storage != "" && c.Storage != parent.Storage {
			stmts = append(stmts, SetColumnStorage(q, c.Name, c.Storage))
		}
	}
	return stmts
}

func equalTarget(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
