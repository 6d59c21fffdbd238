package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddConstraint returns the ALTER TABLE ... ADD CONSTRAINT statement that
// adds c to table t (see ConstraintDefinition). Its comment is separate (see
// CommentOnConstraint).
func AddConstraint(t *schema.Table, c *schema.Constraint) string {
	return "ALTER TABLE " + t.QName().String() + " ADD CONSTRAINT " + schema.QuoteIdent(c.Name) + " " + ConstraintDefinition(c)
}

// ConstraintDefinition returns the definition of c as it follows
// CONSTRAINT name: PRIMARY KEY (...), UNIQUE (...), CHECK (...), FOREIGN KEY
// (...) REFERENCES ... or EXCLUDE USING ..., with its index options,
// deferrability and NOT VALID.
func ConstraintDefinition(c *schema.Constraint) string {
	var b strings.Builder
	switch c.Kind {
	case schema.PrimaryKey, schema.Unique:
		if c.Kind == schema.PrimaryKey {
			b.WriteString("PRIMARY KEY")
		} else {
			b.WriteString("UNIQUE")
		}
		if c.NullsNotDistinct {
			b.WriteString(" NULLS NOT DISTINCT")
		}
		b.WriteString(" (" + identList(c.Columns) + ")")
		indexParameters(&b, c)
	case schema.Check:
		b.WriteString("CHECK (" + c.Expr + ")")
		if c.NoInherit {
			b.WriteString(" NO INHERIT")
		}
	case schema.ForeignKey:
		b.WriteString("FOREIGN KEY (" + identList(c.Columns) + ") REFERENCES ")
		if c.RefTable != nil {
			b.WriteString(c.RefTable.String())
		}
		b.WriteString("(" + identList(c.RefColumns) + ")")
		if c.Match == schema.MatchFull {
			b.WriteString(" MATCH FULL")
		}
		if c.OnUpdate != "" {
			b.WriteString(" ON UPDATE " + strings.ToUpper(c.OnUpdate))
		}
		if c.OnDelete != "" {
			b.WriteString(" ON DELETE " + strings.ToUpper(c.OnDelete))
			if len(c.OnDeleteColumns) > 0 {
				b.WriteString(" (" + identList(c.OnDeleteColumns) + ")")
			}
		}
	case schema.Exclude:
		b.WriteString("EXCLUDE")
		if c.Method != "" {
			b.WriteString(" USING " + schema.QuoteIdent(c.Method))
		}
		elems := make([]string, len(c.Elements))
		for i, e := range c.Elements {
			elems[i] = indexKey(e.Key) + " WITH " + excludeOperator(e.Operator)
		}
		b.WriteString(" (" + strings.Join(elems, ", ") + ")")
		indexParameters(&b, c)
		if c.Where != "" {
			b.WriteString(" WHERE (" + c.Where + ")")
		}
	}
	if c.Deferrable {
		b.WriteString(" DEFERRABLE")
		if c.InitiallyDeferred {
			b.WriteString(" INITIALLY DEFERRED")
		}
	}
	if c.NotValid {
		b.WriteString(" NOT VALID")
	}
	return b.String()
}

// indexParameters writes the INCLUDE and WITH clauses of the index behind a
// primary key, unique or exclusion constraint.
func indexParameters(b *strings.Builder, c *schema.Constraint) {
	if len(c.Include) > 0 {
		b.WriteString(" INCLUDE (" + identList(c.Include) + ")")
	}
	if len(c.IndexOptions) > 0 {
		b.WriteString(" WITH (" + optionList(c.IndexOptions) + ")")
	}
}

// excludeOperator writes an exclusion operator: a schema-qualified one
// ("public.=") needs the OPERATOR(...) syntax. Operator names never hold a
// dot themselves.
func excludeOperator(op string) string {
	if strings.Contains(op, ".") {
		return "OPERATOR(" + op + ")"
	}
	return op
}
