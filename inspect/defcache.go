package inspect

import (
	"slices"
	"strings"
	"sync"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// defCache memoizes the conversion of constraint and index definitions
// across tables. Large schemas repeat the same definitions on many tables
// (GitLab: 6,006 constraints with 1,368 distinct definitions, most of them
// "FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE
// CASCADE" or "CHECK ((char_length(name) <= 255))"), and parsing and
// canonicalizing each one is most of the client's work in Live.
//
// A conversion depends only on the definition text and on the names and
// types of the table's columns it names (see ddl.ConstraintFromDef and
// ddl.IndexFromDef), so the key is the text plus the name and type of every
// column whose name occurs in it (all columns when the table's own name
// occurs in it, which a whole-row reference would need). Only successful
// conversions are kept, and every hit is a deep copy: callers set names,
// options and statistics on what they get. A nil cache converts every time.
type defCache struct {
	constraints, indexes sync.Map // key string -> *schema.Constraint / *schema.Index
}

// columnsKey appends to b the name and type of each column of t that text
// names. ok is false when a column's name needs quotes with doubled quote
// characters, which a substring test cannot find: such tables are never
// cached.
func columnsKey(b *strings.Builder, text string, t *schema.Table) bool {
	all := strings.Contains(text, t.Name)
	for _, c := range t.Columns {
		if strings.Contains(c.Name, `"`) {
			return false
		}
		if all || strings.Contains(text, c.Name) {
			b.WriteString(c.Name)
			b.WriteByte(0)
			b.WriteString(c.Type)
			b.WriteByte(0)
		}
	}
	return true
}

// constraint converts pg_get_constraintdef text def of constraint name on
// t, as ddl.ConstraintFromDef does.
func (dc *defCache) constraint(name, def string, t *schema.Table) (*schema.Constraint, error) {
	// Exclusion constraints are rare and carry nested keys: not cached.
	if dc == nil || strings.HasPrefix(def, "EXCLUDE") {
		return ddl.ConstraintFromDef(name, def, t)
	}
	var b strings.Builder
	b.WriteString(def)
	b.WriteByte(0)
	if !columnsKey(&b, def, t) {
		return ddl.ConstraintFromDef(name, def, t)
	}
	key := b.String()
	if v, ok := dc.constraints.Load(key); ok {
		return cloneConstraint(v.(*schema.Constraint)), nil
	}
	c, err := ddl.ConstraintFromDef(name, def, t)
	if err != nil {
		return nil, err
	}
	dc.constraints.Store(key, cloneConstraint(c))
	return c, nil
}

// index converts pg_get_indexdef text def of index name on t, as
// ddl.IndexFromDef does. The key leaves out the index and table names,
// which the text starts with ("CREATE [UNIQUE] INDEX name ON [ONLY]
// table USING ..."); a text that does not start as expected is converted
// without the cache.
func (dc *defCache) index(name, def string, t *schema.Table) (*schema.Index, error) {
	if dc == nil {
		return ddl.IndexFromDef(def, t)
	}
	rest, unique := strings.CutPrefix(def, "CREATE UNIQUE INDEX ")
	if !unique {
		var ok bool
		if rest, ok = strings.CutPrefix(def, "CREATE INDEX "); !ok {
			return ddl.IndexFromDef(def, t)
		}
	}
	rest, ok := strings.CutPrefix(rest, schema.QuoteIdent(name)+" ON ")
	if !ok {
		return ddl.IndexFromDef(def, t)
	}
	rest, only := strings.CutPrefix(rest, "ONLY ")
	if rest, ok = strings.CutPrefix(rest, t.QName().String()+" "); !ok {
		return ddl.IndexFromDef(def, t)
	}
	var b strings.Builder
	if unique {
		b.WriteString("U")
	}
	if only {
		b.WriteString("O")
	}
	b.WriteByte(0)
	b.WriteString(rest)
	b.WriteByte(0)
	if !columnsKey(&b, rest, t) {
		return ddl.IndexFromDef(def, t)
	}
	key := b.String()
	if v, ok := dc.indexes.Load(key); ok {
		return cloneIndex(v.(*schema.Index)), nil
	}
	ix, err := ddl.IndexFromDef(def, t)
	if err != nil {
		return nil, err
	}
	dc.indexes.Store(key, cloneIndex(ix))
	return ix, nil
}

// cloneConstraint copies c and every slice it holds (exclusion elements,
// never cached, are not copied).
func cloneConstraint(c *schema.Constraint) *schema.Constraint {
	out := *c
	out.Columns = slices.Clone(c.Columns)
	out.Include = slices.Clone(c.Include)
	out.RefColumns = slices.Clone(c.RefColumns)
	out.OnDeleteColumns = slices.Clone(c.OnDeleteColumns)
	out.IndexOptions = slices.Clone(c.IndexOptions)
	if c.RefTable != nil {
		ref := *c.RefTable
		out.RefTable = &ref
	}
	return &out
}

// cloneIndex copies ix, its keys (statistics targets included) and slices.
func cloneIndex(ix *schema.Index) *schema.Index {
	out := *ix
	out.Keys = slices.Clone(ix.Keys)
	for i, k := range out.Keys {
		if k.Statistics != nil {
			n := *k.Statistics
			out.Keys[i].Statistics = &n
		}
	}
	out.Include = slices.Clone(ix.Include)
	out.Options = slices.Clone(ix.Options)
	return &out
}
