package plan_test

import (
	"fmt"
	"slices"
	"strings"
)

// rwMutation is one kind of random change to a schema; it reports false
// when it does not apply to the schema drawn (nothing changed then).
type rwMutation struct {
	name  string
	apply func(g *rwGen, s *rwSchema) bool
}

// Not generated, because of pending planner limitations (see the pending
// files of testdata/migrations):
//   - dropping a column other than the last one: planned back, the column
//     is added at the end and PostgreSQL cannot reorder columns;
//   - turning a partition into a plain table or back (DETACH/ATTACH): the
//     detached table keeps copies of the parent's indexes; partitions are
//     only created and dropped;
//   - enum (or any type change of a) partition key column: the key is
//     always the date column "at", never changed;
//   - extensions (downgrades have no update path);
//   - UNLOGGED <-> LOGGED of some of the tables that foreign keys link
//     (the target would have a permanent table referencing an unlogged
//     one); the whole linked group is toggled instead.
var rwMutations = []rwMutation{
	{"add table", func(g *rwGen, s *rwSchema) bool {
		s.Tables = append(s.Tables, g.newTable(s))
		return true
	}},
	{"add partitioned table", func(g *rwGen, s *rwSchema) bool {
		s.Tables = append(s.Tables, g.newPartitioned(s))
		return true
	}},
	{"drop table", func(g *rwGen, s *rwSchema) bool {
		if len(s.Tables) < 2 {
			return false
		}
		t := pick(g, s.Tables)
		s.dropTable(t.Name)
		return true
	}},
	{"add column", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		t.Columns = append(t.Columns, g.newColumn(s, t))
		return true
	}},
	{"drop last column", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		c := t.Columns[len(t.Columns)-1]
		if len(t.Columns) < 2 || slices.Contains(t.PK, c.Name) {
			return false
		}
		s.dropColumn(t, c.Name)
		return true
	}},
	{"alter column type", func(g *rwGen, s *rwSchema) bool {
		t, c := g.plainColumn(s)
		if c == nil {
			return false
		}
		choices := typeChanges(s, c.Type)
		if c.Identity != "" {
			choices = slices.DeleteFunc(slices.Clone(choices), func(typ string) bool { return !isIntType(typ) })
		}
		if len(choices) == 0 {
			return false
		}
		c.Type = pick(g, choices)
		if c.Identity == "" {
			c.Default = ""
			if g.chance(2) {
				c.Default = g.defaultFor(s, c.Type)
			}
		}
		// What is written for the old type goes (checks, expression,
		// partial and gin indexes); plain indexes and unique
		// constraints stay and are rebuilt by PostgreSQL.
		t.Checks = slices.DeleteFunc(t.Checks, func(k *rwCheck) bool { return k.Column == c.Name })
		t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *rwIndex) bool {
			return slices.Contains(ix.Columns, c.Name) && (ix.Expr != c.Name || ix.Where != "" || ix.Method != "")
		})
		return true
	}},
	{"alter key column type", func(g *rwGen, s *rwSchema) bool {
		// integer <-> bigint of a primary key column and of the foreign
		// key columns that reference it, together.
		t := pick(g, s.Tables)
		if len(t.PK) != 1 || t.Partitioned {
			return false
		}
		c := t.column(t.PK[0])
		if !isIntType(c.Type) {
			return false
		}
		typ := "bigint"
		if c.Type == "bigint" {
			typ = "integer"
		}
		c.Type = typ
		for _, o := range s.Tables {
			for _, f := range o.FKs {
				if f.RefTable == t.Name {
					o.column(f.Column).Type = typ
				}
			}
		}
		return true
	}},
	{"toggle not null", func(g *rwGen, s *rwSchema) bool {
		_, c := g.plainColumn(s)
		if c == nil || c.Identity != "" {
			return false
		}
		c.NotNull = !c.NotNull
		return true
	}},
	{"change default", func(g *rwGen, s *rwSchema) bool {
		_, c := g.plainColumn(s)
		if c == nil || c.Identity != "" {
			return false
		}
		old := c.Default
		c.Default = ""
		if old == "" || g.chance(2) {
			c.Default = g.defaultFor(s, c.Type)
		}
		return c.Default != old
	}},
	{"identity", func(g *rwGen, s *rwSchema) bool {
		t, c := g.plainColumn(s)
		if c == nil || t.Partitioned || !isIntType(c.Type) {
			return false
		}
		switch c.Identity {
		case "":
			c.Identity, c.NotNull, c.Default = pick(g, []string{"ALWAYS", "BY DEFAULT"}), true, ""
		case "ALWAYS":
			c.Identity = pick(g, []string{"", "BY DEFAULT"})
		default:
			c.Identity = pick(g, []string{"", "ALWAYS"})
		}
		return true
	}},
	{"add check", func(g *rwGen, s *rwSchema) bool {
		return g.addCheck(s, pick(g, s.Tables))
	}},
	{"drop check", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.Checks) == 0 {
			return false
		}
		t.Checks = slices.Delete(t.Checks, 0, 1)
		return true
	}},
	{"add unique", func(g *rwGen, s *rwSchema) bool {
		return g.addUnique(s, pick(g, s.Tables))
	}},
	{"drop unique", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.Uniques) == 0 {
			return false
		}
		t.Uniques = t.Uniques[1:]
		return true
	}},
	{"add index", func(g *rwGen, s *rwSchema) bool {
		return g.addIndex(s, pick(g, s.Tables))
	}},
	{"drop index", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.Indexes) == 0 {
			return false
		}
		i := g.r.Intn(len(t.Indexes))
		t.Indexes = slices.Delete(t.Indexes, i, i+1)
		return true
	}},
	{"add foreign key", func(g *rwGen, s *rwSchema) bool {
		return g.addFK(s)
	}},
	{"alter foreign key", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.FKs) == 0 {
			return false
		}
		fk := pick(g, t.FKs)
		if g.chance(2) {
			fk.Deferrable = !fk.Deferrable
		} else {
			fk.OnDelete = pick(g, []string{"", "CASCADE", "SET NULL", "RESTRICT", "SET DEFAULT"})
		}
		return true
	}},
	{"drop foreign key", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.FKs) == 0 {
			return false
		}
		t.FKs = t.FKs[1:]
		return true
	}},
	{"drop primary key", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.PK) == 0 || t.Partitioned || s.referenced(t) {
			return false
		}
		t.PK, t.PKName = nil, ""
		return true
	}},
	{"add primary key", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.PK) != 0 {
			return false
		}
		t.PK, t.PKName = []string{"id"}, t.Name+"_pkey"
		t.column("id").NotNull = true
		return true
	}},
	{"add enum", func(g *rwGen, s *rwSchema) bool {
		s.Enums = append(s.Enums, g.newEnum(s))
		return true
	}},
	{"drop enum", func(g *rwGen, s *rwSchema) bool {
		if len(s.Enums) == 0 {
			return false
		}
		e := pick(g, s.Enums)
		if s.enumUsed(e) {
			return false
		}
		s.Enums = slices.DeleteFunc(s.Enums, func(x *rwEnum) bool { return x == e })
		return true
	}},
	{"add enum value", func(g *rwGen, s *rwSchema) bool {
		if len(s.Enums) == 0 {
			return false
		}
		e := pick(g, s.Enums)
		v := s.fresh("v")
		e.Values = slices.Insert(e.Values, g.r.Intn(len(e.Values)+1), v)
		return true
	}},
	{"remove enum value", func(g *rwGen, s *rwSchema) bool {
		if len(s.Enums) == 0 {
			return false
		}
		e := pick(g, s.Enums)
		i := g.r.Intn(len(e.Values))
		if len(e.Values) < 2 || s.enumValueInDefault(e, e.Values[i]) {
			return false
		}
		e.Values = slices.Delete(e.Values, i, i+1)
		return true
	}},
	{"reorder enum values", func(g *rwGen, s *rwSchema) bool {
		if len(s.Enums) == 0 {
			return false
		}
		e := pick(g, s.Enums)
		i, j := g.r.Intn(len(e.Values)), g.r.Intn(len(e.Values))
		e.Values[i], e.Values[j] = e.Values[j], e.Values[i]
		return i != j
	}},
	{"enum comment", func(g *rwGen, s *rwSchema) bool {
		if len(s.Enums) == 0 {
			return false
		}
		e := pick(g, s.Enums)
		e.Comment = g.comment(e.Comment)
		return true
	}},
	{"add sequence", func(g *rwGen, s *rwSchema) bool {
		s.Seqs = append(s.Seqs, g.newSeq(s))
		return true
	}},
	{"drop sequence", func(g *rwGen, s *rwSchema) bool {
		if len(s.Seqs) == 0 {
			return false
		}
		q := pick(g, s.Seqs)
		if s.seqUsed(q) {
			return false
		}
		s.Seqs = slices.DeleteFunc(s.Seqs, func(x *rwSeq) bool { return x == q })
		return true
	}},
	{"alter sequence", func(g *rwGen, s *rwSchema) bool {
		if len(s.Seqs) == 0 {
			return false
		}
		q := pick(g, s.Seqs)
		old := *q
		g.seqOptions(q)
		if s.seqUsed(q) && q.Type == "smallint" {
			q.Type = "integer" // a column default draws from it; keep it wide
		}
		if g.chance(3) {
			q.Comment = g.comment(q.Comment)
		}
		return *q != old
	}},
	{"add partition", func(g *rwGen, s *rwSchema) bool {
		t := g.partitioned(s)
		if t == nil {
			return false
		}
		if g.chance(2) {
			t.Years = append(t.Years, t.Years[len(t.Years)-1]+1)
		} else {
			t.Years = slices.Insert(t.Years, 0, t.Years[0]-1)
		}
		return true
	}},
	{"drop partition", func(g *rwGen, s *rwSchema) bool {
		t := g.partitioned(s)
		if t == nil || len(t.Years) < 2 {
			return false
		}
		i := g.r.Intn(len(t.Years))
		t.Years = slices.Delete(t.Years, i, i+1)
		return true
	}},
	{"table comment", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		t.Comment = g.comment(t.Comment)
		return true
	}},
	{"column comment", func(g *rwGen, s *rwSchema) bool {
		c := pick(g, pick(g, s.Tables).Columns)
		c.Comment = g.comment(c.Comment)
		return true
	}},
	{"index comment", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if len(t.Indexes) == 0 {
			return false
		}
		ix := pick(g, t.Indexes)
		ix.Comment = g.comment(ix.Comment)
		return true
	}},
	{"toggle unlogged", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		if t.Partitioned || len(t.FKs) > 0 || s.referenced(t) {
			return false
		}
		t.Unlogged = !t.Unlogged
		return true
	}},
	{"toggle unlogged of linked tables", func(g *rwGen, s *rwSchema) bool {
		t := pick(g, s.Tables)
		group := s.linked(t)
		if len(group) < 2 {
			return false
		}
		for _, o := range group {
			if o.Partitioned {
				return false
			}
		}
		to := !t.Unlogged
		for _, o := range group {
			o.Unlogged = to
		}
		return true
	}},
}

// linked returns t and every table that foreign keys link to it,
// directly or not, in either direction.
func (s *rwSchema) linked(t *rwTable) []*rwTable {
	seen := map[string]bool{t.Name: true}
	out := []*rwTable{t}
	for i := 0; i < len(out); i++ {
		cur := out[i]
		for _, o := range s.Tables {
			link := false
			for _, f := range o.FKs {
				link = link || (o == cur && f.RefTable != cur.Name && !seen[f.RefTable]) || f.RefTable == cur.Name
			}
			if !link {
				continue
			}
			if o != cur && !seen[o.Name] {
				seen[o.Name] = true
				out = append(out, o)
			}
			if o == cur {
				for _, f := range o.FKs {
					if r := s.table(f.RefTable); r != nil && !seen[r.Name] {
						seen[r.Name] = true
						out = append(out, r)
					}
				}
			}
		}
	}
	return out
}

// comment returns a comment other than old ("" removes it).
func (g *rwGen) comment(old string) string {
	if old != "" && g.chance(2) {
		return ""
	}
	return fmt.Sprintf("note %s %d", pick(g, rwWords), g.r.Intn(1000))
}

// mutate applies one random applicable mutation to s and returns its name.
func (g *rwGen) mutate(s *rwSchema) string {
	for {
		m := pick(g, rwMutations)
		if m.apply(g, s) {
			return m.name
		}
	}
}

// plainColumn picks a column that is not part of the primary key, of a
// foreign key or of the partition key (UNIQUE constraints may use it), or
// nil.
func (g *rwGen) plainColumn(s *rwSchema) (*rwTable, *rwColumn) {
	t := pick(g, s.Tables)
	c := pick(g, t.Columns)
	if slices.Contains(t.PK, c.Name) || c.Name == "at" && t.Partitioned || strings.HasPrefix(c.Name, "ref") {
		return nil, nil
	}
	return t, c
}

// partitioned returns a random partitioned table of s, or nil.
func (g *rwGen) partitioned(s *rwSchema) *rwTable {
	var ps []*rwTable
	for _, t := range s.Tables {
		if t.Partitioned {
			ps = append(ps, t)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return pick(g, ps)
}

// referenced reports whether a foreign key references t.
func (s *rwSchema) referenced(t *rwTable) bool {
	for _, o := range s.Tables {
		for _, f := range o.FKs {
			if f.RefTable == t.Name {
				return true
			}
		}
	}
	return false
}

// dropTable removes the table name and the foreign keys (with their
// columns, the last ones of their tables or not) that reference it.
func (s *rwSchema) dropTable(name string) {
	s.Tables = slices.DeleteFunc(s.Tables, func(t *rwTable) bool { return t.Name == name })
	for _, t := range s.Tables {
		t.FKs = slices.DeleteFunc(t.FKs, func(f *rwFK) bool { return f.RefTable == name })
	}
}

// dropColumn removes column name of t and what depends on it.
func (s *rwSchema) dropColumn(t *rwTable, name string) {
	t.Columns = slices.DeleteFunc(t.Columns, func(c *rwColumn) bool { return c.Name == name })
	t.Checks = slices.DeleteFunc(t.Checks, func(k *rwCheck) bool { return k.Column == name })
	t.Uniques = slices.DeleteFunc(t.Uniques, func(u *rwUnique) bool { return slices.Contains(u.Columns, name) })
	t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *rwIndex) bool { return slices.Contains(ix.Columns, name) })
	t.FKs = slices.DeleteFunc(t.FKs, func(f *rwFK) bool { return f.Column == name })
}

// enumUsed reports whether a column uses e (or an array of it).
func (s *rwSchema) enumUsed(e *rwEnum) bool {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if s.enumOf(c.Type) == e {
				return true
			}
		}
	}
	return false
}

// enumValueInDefault reports whether a column default uses value v of e.
func (s *rwSchema) enumValueInDefault(e *rwEnum, v string) bool {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if s.enumOf(c.Type) == e && strings.Contains(c.Default, literal(v)+"::") {
				return true
			}
		}
	}
	return false
}

// seqUsed reports whether a column default draws from q.
func (s *rwSchema) seqUsed(q *rwSeq) bool {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if strings.Contains(c.Default, "'public."+q.Name+"'") {
				return true
			}
		}
	}
	return false
}
