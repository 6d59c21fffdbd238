package ddl

import (
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createEnum applies CREATE TYPE name AS ENUM (...).
func (p *parser) createEnum(s *pg_query.CreateEnumStmt) error {
	sch, name := splitName(s.TypeName)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	if p.st.types[q] || p.st.rels[q] != 0 {
		return fmt.Errorf("type %s already exists", q)
	}
	e := &schema.Enum{Schema: q.Schema, Name: q.Name, Values: []string{}}
	for _, v := range s.Vals {
		label := strVal(v)
		if slices.Contains(e.Values, label) {
			return fmt.Errorf("enum label %q used more than once", label)
		}
		e.Values = append(e.Values, label)
	}
	p.st.enums[q] = e
	p.st.types[q] = true
	return nil
}

// alterEnum applies ALTER TYPE ... ADD VALUE [IF NOT EXISTS] 'v' [BEFORE |
// AFTER 'w'] and ALTER TYPE ... RENAME VALUE 'v' TO 'w'.
func (p *parser) alterEnum(s *pg_query.AlterEnumStmt) error {
	sch, name := splitName(s.TypeName)
	q, ok := p.st.lookupType(sch, name)
	e := p.st.enums[q]
	if !ok || e == nil {
		return fmt.Errorf("enum type %s does not exist", displayName(sch, name))
	}
	if s.OldVal != "" {
		i := slices.Index(e.Values, s.OldVal)
		if i < 0 {
			return fmt.Errorf("%q is not an existing enum label of %s", s.OldVal, q)
		}
		if slices.Contains(e.Values, s.NewVal) {
			return fmt.Errorf("enum label %q already exists in %s", s.NewVal, q)
		}
		e.Values[i] = s.NewVal
		// constants of the type print with the new label
		return p.st.rewriteExprs(p.st.allTables(), s.OldVal, renameEnumLabel(q, s.OldVal, s.NewVal))
	}
	if slices.Contains(e.Values, s.NewVal) {
		if s.SkipIfNewValExists {
			return nil
		}
		return fmt.Errorf("enum label %q already exists in %s", s.NewVal, q)
	}
	at := len(e.Values)
	if s.NewValNeighbor != "" {
		i := slices.Index(e.Values, s.NewValNeighbor)
		if i < 0 {
			return fmt.Errorf("%q is not an existing enum label of %s", s.NewValNeighbor, q)
		}
		at = i
		if s.NewValIsAfter {
			at = i + 1
		}
	}
	e.Values = slices.Insert(e.Values, at, s.NewVal)
	return nil
}
