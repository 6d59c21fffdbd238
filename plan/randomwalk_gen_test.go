package plan_test

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
)

// rwGen draws random schemas and mutations from one seeded source.
type rwGen struct {
	r *rand.Rand
}

// pick returns a random element of xs.
func pick[T any](g *rwGen, xs []T) T { return xs[g.r.Intn(len(xs))] }

// chance is true with probability 1/n.
func (g *rwGen) chance(n int) bool { return g.r.Intn(n) == 0 }

var rwWords = []string{"red", "green", "blue", "it's", "a b", "Zed", "x-y", "low", "high"}

// baseTypes are the column types drawn for ordinary columns ("enum" and
// "enum[]" stand for a generated enum type and its array).
var baseTypes = []string{
	"integer", "bigint", "smallint", "text", "varchar(20)", "numeric(10,2)",
	"boolean", "timestamptz", "date", "jsonb", "uuid", "text[]", "enum", "enum[]",
}

// isIntType reports whether typ is an integer type.
func isIntType(typ string) bool {
	return typ == "integer" || typ == "bigint" || typ == "smallint"
}

// isTextType reports whether typ is text or varchar(n).
func isTextType(typ string) bool {
	return typ == "text" || strings.HasPrefix(typ, "varchar(")
}

// enumOf returns the enum of the column type typ ("public.e1" or
// "public.e1[]"), or nil.
func (s *rwSchema) enumOf(typ string) *rwEnum {
	name, ok := strings.CutPrefix(strings.TrimSuffix(typ, "[]"), "public.")
	if !ok {
		return nil
	}
	for _, e := range s.Enums {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// columnType draws a column type valid in s.
func (g *rwGen) columnType(s *rwSchema) string {
	for {
		typ := pick(g, baseTypes)
		switch typ {
		case "enum", "enum[]":
			if len(s.Enums) == 0 {
				continue
			}
			return "public." + pick(g, s.Enums).Name + strings.TrimPrefix(typ, "enum")
		case "varchar(20)":
			return pick(g, []string{"varchar(20)", "varchar(64)"})
		case "numeric(10,2)":
			return pick(g, []string{"numeric(10,2)", "numeric(12,4)", "numeric"})
		}
		return typ
	}
}

// defaultFor draws a default expression for a column of type typ, or "".
func (g *rwGen) defaultFor(s *rwSchema, typ string) string {
	switch {
	case isIntType(typ):
		if typ != "smallint" && len(s.Seqs) > 0 && g.chance(3) {
			return fmt.Sprintf("nextval('public.%s'::regclass)", pick(g, s.Seqs).Name)
		}
		return fmt.Sprint(g.r.Intn(100))
	case isTextType(typ):
		return literal(pick(g, rwWords))
	case strings.HasPrefix(typ, "numeric"):
		return pick(g, []string{"0", "1.5"})
	case typ == "boolean":
		return pick(g, []string{"true", "false"})
	case typ == "timestamptz":
		return pick(g, []string{"now()", "'2020-01-01 00:00:00+00'::timestamptz"})
	case typ == "date":
		return pick(g, []string{"CURRENT_DATE", "'2021-06-01'::date"})
	case typ == "jsonb":
		return "'{}'::jsonb"
	case typ == "uuid":
		return "gen_random_uuid()"
	case typ == "text[]":
		return "'{}'::text[]"
	}
	if e := s.enumOf(typ); e != nil {
		if strings.HasSuffix(typ, "[]") {
			return "'{}'::" + typ
		}
		return literal(e.Values[0]) + "::" + typ
	}
	return ""
}

// checkFor draws a CHECK expression on column c, or "".
func (g *rwGen) checkFor(c *rwColumn) string {
	switch {
	case isIntType(c.Type) || strings.HasPrefix(c.Type, "numeric"):
		return pick(g, []string{c.Name + " >= 0", c.Name + " < 1000000"})
	case isTextType(c.Type):
		return pick(g, []string{"length(" + c.Name + ") <= 100", c.Name + " <> ''"})
	case c.Type == "date":
		return c.Name + " >= '2000-01-01'::date"
	case c.Type == "jsonb":
		return "jsonb_typeof(" + c.Name + ") = 'object'"
	}
	return ""
}

// newColumn draws a new column for t (an identity only on ordinary
// tables).
func (g *rwGen) newColumn(s *rwSchema, t *rwTable) *rwColumn {
	c := &rwColumn{Name: s.fresh("c"), Type: g.columnType(s)}
	if g.chance(3) {
		c.Default = g.defaultFor(s, c.Type)
	}
	if g.chance(3) {
		c.NotNull = true
	}
	if isIntType(c.Type) && !t.Partitioned && g.chance(6) {
		c.Default, c.NotNull = "", true
		c.Identity = pick(g, []string{"ALWAYS", "BY DEFAULT"})
	}
	if g.chance(6) {
		c.Comment = "column " + pick(g, rwWords)
	}
	return c
}

// newEnum draws a new enum type.
func (g *rwGen) newEnum(s *rwSchema) *rwEnum {
	e := &rwEnum{Name: s.fresh("e")}
	words := slices.Clone(rwWords)
	g.r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	e.Values = words[:2+g.r.Intn(3)]
	if g.chance(4) {
		e.Comment = "enum " + pick(g, rwWords)
	}
	return e
}

// newSeq draws a new sequence.
func (g *rwGen) newSeq(s *rwSchema) *rwSeq {
	q := &rwSeq{Name: s.fresh("s")}
	g.seqOptions(q)
	if g.chance(4) {
		q.Comment = "sequence " + pick(g, rwWords)
	}
	return q
}

// seqOptions draws consistent options for q.
func (g *rwGen) seqOptions(q *rwSeq) {
	q.Type = pick(g, []string{"smallint", "integer", "bigint"})
	q.Increment = pick(g, []int64{1, 2, 5, -1})
	q.Min = pick(g, []int64{1, 5, 100})
	q.Max = pick(g, []int64{1000, 30000})
	q.Start = q.Min + g.r.Int63n(10)
	q.Cache = pick(g, []int64{1, 5, 20})
	q.Cycle = g.chance(3)
}

// newTable draws a new ordinary table with an id column, some other
// columns, constraints and indexes (foreign keys are added by addFK).
func (g *rwGen) newTable(s *rwSchema) *rwTable {
	t := &rwTable{Name: s.fresh("t")}
	id := &rwColumn{Name: "id", Type: pick(g, []string{"integer", "bigint"}), NotNull: true}
	if g.chance(2) {
		id.Identity = pick(g, []string{"ALWAYS", "BY DEFAULT"})
	}
	t.Columns = append(t.Columns, id)
	if !g.chance(5) {
		t.PK, t.PKName = []string{"id"}, t.Name+"_pkey"
	}
	for n := 1 + g.r.Intn(6); n > 0; n-- {
		t.Columns = append(t.Columns, g.newColumn(s, t))
	}
	t.Unlogged = g.chance(8)
	if g.chance(4) {
		t.Comment = "table " + pick(g, rwWords)
	}
	for n := g.r.Intn(3); n > 0; n-- {
		g.addCheck(s, t)
	}
	for n := g.r.Intn(2); n > 0; n-- {
		g.addUnique(s, t)
	}
	for n := g.r.Intn(4); n > 0; n-- {
		g.addIndex(s, t)
	}
	return t
}

// newPartitioned draws a new table partitioned by range on "at".
func (g *rwGen) newPartitioned(s *rwSchema) *rwTable {
	t := &rwTable{Name: s.fresh("p"), Partitioned: true}
	t.Columns = []*rwColumn{
		{Name: "id", Type: "bigint", NotNull: true},
		{Name: "at", Type: "date", NotNull: true},
	}
	t.PK, t.PKName = []string{"id", "at"}, t.Name+"_pkey"
	for n := g.r.Intn(4); n > 0; n-- {
		t.Columns = append(t.Columns, g.newColumn(s, t))
	}
	first := 2018 + g.r.Intn(4)
	for y := first; y < first+1+g.r.Intn(3); y++ {
		t.Years = append(t.Years, y)
	}
	for n := g.r.Intn(3); n > 0; n-- {
		g.addIndex(s, t)
	}
	return t
}

// newSchema draws schema A of a walk.
func (g *rwGen) newSchema() *rwSchema {
	s := &rwSchema{}
	for n := g.r.Intn(3); n > 0; n-- {
		s.Enums = append(s.Enums, g.newEnum(s))
	}
	for n := g.r.Intn(3); n > 0; n-- {
		s.Seqs = append(s.Seqs, g.newSeq(s))
	}
	for n := 2 + g.r.Intn(4); n > 0; n-- {
		s.Tables = append(s.Tables, g.newTable(s))
	}
	if g.chance(2) {
		s.Tables = append(s.Tables, g.newPartitioned(s))
	}
	for n := g.r.Intn(4); n > 0; n-- {
		g.addFK(s)
	}
	return s
}

// addCheck adds a CHECK constraint on a random column of t, if one fits.
func (g *rwGen) addCheck(s *rwSchema, t *rwTable) bool {
	c := pick(g, t.Columns)
	expr := g.checkFor(c)
	if expr == "" {
		return false
	}
	t.Checks = append(t.Checks, &rwCheck{Name: s.fresh(t.Name + "_ck"), Column: c.Name, Expr: expr})
	return true
}

// addUnique adds a UNIQUE constraint on one or two columns of an ordinary
// table.
func (g *rwGen) addUnique(s *rwSchema, t *rwTable) bool {
	if t.Partitioned {
		return false
	}
	cols := []string{pick(g, t.Columns).Name}
	if c := pick(g, t.Columns).Name; c != cols[0] && g.chance(3) {
		cols = append(cols, c)
	}
	// PostgreSQL drops a UNIQUE constraint of CREATE TABLE that repeats
	// the primary key or another one: do not draw those.
	if slices.Equal(cols, t.PK) {
		return false
	}
	for _, u := range t.Uniques {
		if slices.Equal(cols, u.Columns) {
			return false
		}
	}
	t.Uniques = append(t.Uniques, &rwUnique{Name: s.fresh(t.Name + "_uq"), Columns: cols})
	return true
}

// addIndex adds an index of a random kind on t.
func (g *rwGen) addIndex(s *rwSchema, t *rwTable) bool {
	c := pick(g, t.Columns)
	ix := &rwIndex{Name: s.fresh(t.Name + "_ix"), Expr: c.Name, Columns: []string{c.Name}}
	switch g.r.Intn(5) {
	case 0: // plain, maybe two columns
		if d := pick(g, t.Columns); d != c && !strings.HasSuffix(d.Type, "[]") && d.Type != "jsonb" {
			ix.Expr += ", " + d.Name + " DESC"
			ix.Columns = append(ix.Columns, d.Name)
		}
	case 1: // unique (ordinary tables only)
		ix.Unique = !t.Partitioned
	case 2: // partial
		ix.Where = c.Name + " IS NOT NULL"
	case 3: // expression
		if !isTextType(c.Type) {
			return false
		}
		ix.Expr = "lower(" + c.Name + ")"
	case 4: // gin
		if c.Type != "jsonb" && !strings.HasSuffix(c.Type, "[]") {
			return false
		}
		ix.Method = "gin"
	}
	if g.chance(5) {
		ix.Comment = "index " + pick(g, rwWords)
	}
	t.Indexes = append(t.Indexes, ix)
	return true
}

// addFK adds a new column to a random ordinary table referencing the
// single-column primary key of a random table (itself included).
func (g *rwGen) addFK(s *rwSchema) bool {
	var refs []*rwTable
	for _, t := range s.Tables {
		if len(t.PK) == 1 {
			refs = append(refs, t)
		}
	}
	if len(refs) == 0 {
		return false
	}
	ref := pick(g, refs)
	t := pick(g, s.Tables)
	if t.Unlogged != ref.Unlogged {
		return false // PostgreSQL refuses foreign keys between logged and unlogged tables
	}
	c := &rwColumn{Name: s.fresh("ref"), Type: ref.column(ref.PK[0]).Type}
	fk := &rwFK{Name: s.fresh(t.Name + "_fk"), Column: c.Name, RefTable: ref.Name}
	fk.OnDelete = pick(g, []string{"", "CASCADE", "SET NULL", "RESTRICT"})
	fk.Deferrable = g.chance(4)
	t.Columns = append(t.Columns, c)
	t.FKs = append(t.FKs, fk)
	return true
}

// typeChanges lists, for a column type, the types it may change to: pairs
// PostgreSQL casts in both directions (with USING where needed, which the
// planner must supply), since the walk plans back as well.
func typeChanges(s *rwSchema, typ string) []string {
	var enums []string
	for _, e := range s.Enums {
		enums = append(enums, "public."+e.Name)
	}
	switch {
	case typ == "integer":
		return []string{"bigint", "smallint", "numeric(12,2)", "text"}
	case typ == "bigint":
		return []string{"integer", "numeric"}
	case typ == "smallint":
		return []string{"integer", "bigint"}
	case typ == "text":
		return append([]string{"varchar(20)", "integer", "boolean", "jsonb", "uuid", "date"}, enums...)
	case strings.HasPrefix(typ, "varchar("):
		return []string{"text", "varchar(10)", "varchar(100)"}
	case strings.HasPrefix(typ, "numeric"):
		return []string{"numeric(14,4)", "integer", "numeric"}
	case typ == "date":
		return []string{"timestamptz", "text"}
	case typ == "timestamptz":
		return []string{"date"}
	case typ == "jsonb", typ == "uuid", typ == "boolean":
		return []string{"text"}
	case s.enumOf(typ) != nil && !strings.HasSuffix(typ, "[]"):
		return []string{"text"}
	}
	return nil
}
