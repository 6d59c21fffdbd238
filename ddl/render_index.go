package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateIndex returns the CREATE INDEX statement for index i of table t.
// On a partitioned table the index is created on every partition as well,
// as PostgreSQL does. Its comment is separate (see CommentOnIndex).
func CreateIndex(t *schema.Table, i *schema.Index) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if i.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX " + schema.QuoteIdent(i.Name) + " ON " + t.QName().String())
	if i.Method != "" && i.Method != "btree" {
		b.WriteString(" USING " + schema.QuoteIdent(i.Method))
	}
	b.WriteString(" (" + indexKeys(i.Keys) + ")")
	if len(i.Include) > 0 {
		b.WriteString(" INCLUDE (" + identList(i.Include) + ")")
	}
	if i.NullsNotDistinct {
		b.WriteString(" NULLS NOT DISTINCT")
	}
	if len(i.Options) > 0 {
		b.WriteString(" WITH (" + optionList(i.Options) + ")")
	}
	if i.Where != "" {
		b.WriteString(" WHERE (" + i.Where + ")")
	}
	return b.String()
}

func indexKeys(keys []schema.IndexKey) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = indexKey(k)
	}
	return strings.Join(parts, ", ")
}

// indexKey renders one key of an index, exclusion constraint or partition
// key: the column or expression, COLLATE, the operator class, and the sort
// order when it is not the default ASC NULLS LAST.
func indexKey(k schema.IndexKey) string {
	s := schema.QuoteIdent(k.Column)
	if k.Column == "" {
		s = keyExpr(k.Expr)
	}
	if k.Collation != "" {
		s += " COLLATE " + k.Collation
	}
	if k.OpClass != "" {
		s += " " + k.OpClass
	}
	switch {
	case k.Desc && !k.NullsFirst:
		s += " DESC NULLS LAST"
	case k.Desc:
		s += " DESC"
	case k.NullsFirst:
		s += " NULLS FIRST"
	}
	return s
}
