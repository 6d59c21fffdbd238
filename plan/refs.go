package plan

import (
	"slices"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// rColumnType names the type of a column: a column type change removes it
// and provides it again, so that whatever uses the column (a view, a
// policy) is dropped before the change (its drop releases the resource)
// and created again after it (its creation requires the resource).
func rColumnType(t schema.QName, c string) string {
	return "column type:" + t.String() + "." + schema.QuoteIdent(c)
}

// refResources returns the resources an object needs that references r:
// the relations, columns, functions, types and operators it names. owner
// is the table whose columns a bare column name means (the table of a
// default, check or policy), or nil; a bare column name in a query over
// exactly one relation means that relation's column.
func (b *builder) refResources(r ddl.References, owner *schema.QName) []string {
	var out []string
	for _, q := range r.Relations {
		if res, ok := b.sequences[q.String()]; ok {
			out = append(out, res)
		}
		out = append(out, rRel(q))
	}
	for _, c := range r.Columns {
		t := c.Table
		if t == (schema.QName{}) {
			switch {
			case owner != nil:
				t = *owner
			case len(r.Relations) == 1:
				t = r.Relations[0]
			default:
				continue
			}
		}
		out = append(out, rColumn(t, c.Column), rColumnType(t, c.Column))
	}
	for _, f := range r.Functions {
		out = append(out, rFunctionName(f))
	}
	for _, t := range r.Types {
		if res, ok := b.types[t.String()]; ok {
			out = append(out, res)
		} else {
			out = append(out, rType(t))
		}
	}
	for _, o := range r.Operators {
		out = append(out, rOperator(o))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// rOperator names every operator called name in a schema, whatever its
// argument types.
func rOperator(q schema.QName) string { return "operator:" + q.String() }
