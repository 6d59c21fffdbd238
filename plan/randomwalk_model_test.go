package plan_test

import (
	"encoding/json"
	"fmt"
	"strings"
)

// The random walk keeps its schemas in the small model below, renders them
// as SQL text and mutates the model, so that every generated file is valid
// by construction: a mutation also removes what depends on what it drops.

// rwSchema is one generated schema: everything lives in schema public.
type rwSchema struct {
	Enums  []*rwEnum
	Seqs   []*rwSeq
	Tables []*rwTable
	Next   int // counter for fresh object names
}

// rwEnum is an enum type.
type rwEnum struct {
	Name    string
	Values  []string
	Comment string
}

// rwSeq is a standalone sequence (not owned by a column).
type rwSeq struct {
	Name                string
	Type                string // smallint, integer or bigint
	Increment, Min, Max int64
	Start, Cache        int64
	Cycle               bool
	Comment             string
}

// rwColumn is a column of a table.
type rwColumn struct {
	Name     string
	Type     string
	NotNull  bool
	Default  string // SQL expression, or ""
	Identity string // "", "ALWAYS" or "BY DEFAULT"
	Comment  string
}

// rwCheck is a named CHECK constraint on one column.
type rwCheck struct {
	Name, Column, Expr string
}

// rwUnique is a named UNIQUE constraint.
type rwUnique struct {
	Name    string
	Columns []string
}

// rwFK is a named foreign key from one column to the primary key of a
// table (single-column primary keys only).
type rwFK struct {
	Name, Column, RefTable string
	OnDelete               string // "" or an action
	Deferrable             bool
}

// rwIndex is an index: Expr is the key list as written between the
// parentheses; Columns are the columns it depends on.
type rwIndex struct {
	Name    string
	Unique  bool
	Method  string // "" (btree) or "gin"
	Expr    string
	Columns []string
	Where   string
	Comment string
}

// rwTable is an ordinary table.
type rwTable struct {
	Name     string
	Columns  []*rwColumn
	PK       []string
	PKName   string
	Uniques  []*rwUnique
	Checks   []*rwCheck
	FKs      []*rwFK
	Indexes  []*rwIndex
	Comment  string
	Unlogged bool
	// Partitioned tables are partitioned by range on their date column
	// "at" (part of the primary key (id, at)), with one partition per year
	// in Years, named <table>_<year>.
	Partitioned bool
	Years       []int
}

// clone returns a deep copy of s.
func (s *rwSchema) clone() *rwSchema {
	data, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	var c rwSchema
	if err := json.Unmarshal(data, &c); err != nil {
		panic(err)
	}
	return &c
}

// fresh returns a new object name with prefix.
func (s *rwSchema) fresh(prefix string) string {
	s.Next++
	return fmt.Sprintf("%s%d", prefix, s.Next)
}

// table returns the table named name, or nil.
func (s *rwSchema) table(name string) *rwTable {
	for _, t := range s.Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// column returns the column named name of t, or nil.
func (t *rwTable) column(name string) *rwColumn {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// literal quotes s as an SQL string literal.
func literal(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// render prints s as a SQL script that builds it on an empty database.
func (s *rwSchema) render(header string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- %s\n", header)
	for _, e := range s.Enums {
		vals := make([]string, len(e.Values))
		for i, v := range e.Values {
			vals[i] = literal(v)
		}
		fmt.Fprintf(&b, "CREATE TYPE public.%s AS ENUM (%s);\n", e.Name, strings.Join(vals, ", "))
		if e.Comment != "" {
			fmt.Fprintf(&b, "COMMENT ON TYPE public.%s IS %s;\n", e.Name, literal(e.Comment))
		}
	}
	for _, q := range s.Seqs {
		fmt.Fprintf(&b, "CREATE SEQUENCE public.%s AS %s INCREMENT BY %d MINVALUE %d MAXVALUE %d START WITH %d CACHE %d",
			q.Name, q.Type, q.Increment, q.Min, q.Max, q.Start, q.Cache)
		if q.Cycle {
			b.WriteString(" CYCLE")
		}
		b.WriteString(";\n")
		if q.Comment != "" {
			fmt.Fprintf(&b, "COMMENT ON SEQUENCE public.%s IS %s;\n", q.Name, literal(q.Comment))
		}
	}
	for _, t := range s.Tables {
		var items []string
		for _, c := range t.Columns {
			items = append(items, columnDef(c))
		}
		if len(t.PK) > 0 {
			items = append(items, fmt.Sprintf("CONSTRAINT %s PRIMARY KEY (%s)", t.PKName, strings.Join(t.PK, ", ")))
		}
		for _, u := range t.Uniques {
			items = append(items, fmt.Sprintf("CONSTRAINT %s UNIQUE (%s)", u.Name, strings.Join(u.Columns, ", ")))
		}
		for _, c := range t.Checks {
			items = append(items, fmt.Sprintf("CONSTRAINT %s CHECK (%s)", c.Name, c.Expr))
		}
		unlogged := ""
		if t.Unlogged {
			unlogged = "UNLOGGED "
		}
		partition := ""
		if t.Partitioned {
			partition = " PARTITION BY RANGE (at)"
		}
		fmt.Fprintf(&b, "CREATE %sTABLE public.%s (\n    %s\n)%s;\n", unlogged, t.Name, strings.Join(items, ",\n    "), partition)
		for _, y := range t.Years {
			fmt.Fprintf(&b, "CREATE TABLE public.%s_%d PARTITION OF public.%s FOR VALUES FROM ('%d-01-01') TO ('%d-01-01');\n",
				t.Name, y, t.Name, y, y+1)
		}
		renderIndexes(&b, t.Name, t.Indexes)
		renderComments(&b, t.Name, t.Comment, t.Columns)
	}
	// Foreign keys last, so that they may reference any table (cycles too).
	for _, t := range s.Tables {
		for _, f := range t.FKs {
			ref := s.table(f.RefTable)
			fmt.Fprintf(&b, "ALTER TABLE public.%s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES public.%s (%s)",
				t.Name, f.Name, f.Column, ref.Name, ref.PK[0])
			if f.OnDelete != "" {
				b.WriteString(" ON DELETE " + f.OnDelete)
			}
			if f.Deferrable {
				b.WriteString(" DEFERRABLE INITIALLY DEFERRED")
			}
			b.WriteString(";\n")
		}
	}
	return b.String()
}

// columnDef prints a column definition.
func columnDef(c *rwColumn) string {
	s := c.Name + " " + c.Type
	if c.NotNull {
		s += " NOT NULL"
	}
	if c.Default != "" {
		s += " DEFAULT " + c.Default
	}
	if c.Identity != "" {
		s += " GENERATED " + c.Identity + " AS IDENTITY"
	}
	return s
}

// renderIndexes prints the CREATE INDEX statements of a table and the
// comments of its indexes.
func renderIndexes(b *strings.Builder, table string, indexes []*rwIndex) {
	for _, ix := range indexes {
		unique := ""
		if ix.Unique {
			unique = "UNIQUE "
		}
		using := ""
		if ix.Method != "" {
			using = " USING " + ix.Method
		}
		fmt.Fprintf(b, "CREATE %sINDEX %s ON public.%s%s (%s)", unique, ix.Name, table, using, ix.Expr)
		if ix.Where != "" {
			fmt.Fprintf(b, " WHERE %s", ix.Where)
		}
		b.WriteString(";\n")
		if ix.Comment != "" {
			fmt.Fprintf(b, "COMMENT ON INDEX public.%s IS %s;\n", ix.Name, literal(ix.Comment))
		}
	}
}

// renderComments prints the comments of a table and its columns.
func renderComments(b *strings.Builder, table, comment string, cols []*rwColumn) {
	if comment != "" {
		fmt.Fprintf(b, "COMMENT ON TABLE public.%s IS %s;\n", table, literal(comment))
	}
	for _, c := range cols {
		if c.Comment != "" {
			fmt.Fprintf(b, "COMMENT ON COLUMN public.%s.%s IS %s;\n", table, c.Name, literal(c.Comment))
		}
	}
}
