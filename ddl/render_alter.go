package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// ColumnSettings returns the ALTER TABLE statements that give the columns
// of a newly created table t what CREATE TABLE cannot say (statistics
// targets, storage modes, and what an inherited column does differently
// from its parent's), as Render emits them. tables holds the model's tables
// by name, for t's parents; they must be created (and their own settings
// applied) before these statements run.
func ColumnSettings(t *schema.Table, tables map[schema.QName]*schema.Table) []string {
	return columnSettings(t, tables)
}

// AddIdentity returns the ALTER TABLE ... ALTER COLUMN ... ADD GENERATED
// ... AS IDENTITY statement that makes column c of table (which lives in
// the schema of the table) an identity column, with its sequence name and
// options as c.Identity holds them.
func AddIdentity(table schema.QName, c *schema.Column) string {
	return alterColumn(table, c.Name) + "ADD " + identityClause(table.Schema, c)
}

// SetStorageParameters returns ALTER TABLE ... SET (...) for options held
// as "name=value" strings (see schema.Table.Options).
func SetStorageParameters(table schema.QName, options []string) string {
	return "ALTER TABLE " + table.String() + " SET (" + optionList(options) + ")"
}

// ResetStorageParameters returns ALTER TABLE ... RESET (...) for the named
// storage parameters.
func ResetStorageParameters(table schema.QName, names []string) string {
	return "ALTER TABLE " + table.String() + " RESET (" + strings.Join(names, ", ") + ")"
}
