package ddl

import (
	"fmt"
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createRule applies CREATE [OR REPLACE] RULE on a table or view.
func (p *parser) createRule(s *pg_query.RuleStmt, start int) error {
	rv := s.Relation
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		return fmt.Errorf("relation %s does not exist", displayName(rv.Schemaname, rv.Relname))
	}
	if s.Rulename == "_RETURN" {
		return fmt.Errorf("rule name _RETURN is reserved for views")
	}
	def, undecided, err := canonicalRule(s, q, parserCatalog{p.st}, p.st)
	if undecided != nil {
		p.undecided(undecided, start, q.String())
	}
	if err != nil {
		return fmt.Errorf("rule %s on %s: %w", schema.QuoteIdent(s.Rulename), q, err)
	}
	for _, r := range p.st.rules {
		if r.TableName() == q && r.Name == s.Rulename {
			if !s.Replace {
				return fmt.Errorf("rule %s for relation %s already exists", schema.QuoteIdent(s.Rulename), q)
			}
			r.Definition = def
			return nil
		}
	}
	p.st.rules = append(p.st.rules, &schema.Rule{Schema: q.Schema, Table: q.Name, Name: s.Rulename, Definition: def})
	return nil
}

// RuleFromDef converts pg_get_ruledef output of a rule into its canonical
// definition; cat gives the relations and functions of the database.
func RuleFromDef(def string, cat *Catalog) (string, error) {
	n, err := parseOne(def)
	if err != nil {
		return "", err
	}
	s := n.GetRuleStmt()
	if s == nil {
		return "", fmt.Errorf("rule definition %q is not a CREATE RULE statement", def)
	}
	q := qname{Schema: s.Relation.Schemaname, Name: s.Relation.Relname}
	def, _, err = canonicalRule(s, q, cat, nil)
	return def, err
}

// canonicalRule returns the canonical CREATE RULE text of s on relation q:
// the relation qualified, NEW and OLD columns qualified, the actions
// canonicalised like queries (literals typed by their target columns).
func canonicalRule(s *pg_query.RuleStmt, q qname, cat queryCatalog, names resolver) (string, *queryCanon, error) {
	s.Relation = &pg_query.RangeVar{Schemaname: q.Schema, Relname: q.Name, Inh: true, Relpersistence: "p", Location: -1}
	s.Replace = false
	qc := &queryCanon{cat: cat, names: names, sublinks: map[*pg_query.SubLink]string{}}
	cols, types, _ := cat.relationColumns(q)
	sc := &scope{ctes: map[string]*rangeEntry{}}
	for _, name := range []string{"old", "new"} {
		if name == "new" && s.Event == pg_query.CmdType_CMD_DELETE || name == "old" && s.Event == pg_query.CmdType_CMD_INSERT {
			continue
		}
		sc.entries = append(sc.entries, &rangeEntry{name: name, print: name, cols: cols, types: types, known: cols != nil, rel: q.String()})
	}
	if s.WhereClause != nil {
		w, err := qc.predicate(s.WhereClause, sc)
		if err != nil {
			return "", qc, err
		}
		s.WhereClause = w
	}
	for _, a := range s.Actions {
		if err := qc.action(a, sc); err != nil {
			return "", qc, err
		}
	}
	def, err := deparseQuery(&pg_query.Node{Node: &pg_query.Node_RuleStmt{RuleStmt: s}})
	return def, qc, err
}

// Catalog gives the converters of printed view queries and rules
// (ViewQueryFromDef, RuleFromDef) the objects of the database they read.
type Catalog struct {
	// Relation returns the column names and canonical types of relation q
	// (a table, with its inherited columns, or a view), ok=false when
	// there is none.
	Relation func(q schema.QName) (names, types []string, ok bool)
	// Functions are the database's functions (functions in FROM take
	// their result columns from them).
	Functions []*schema.Function
	// Domains are the database's domains (values of a domain type are
	// cast to the base type where operators use them).
	Domains []*schema.Domain
	// CompositeTypes are the database's stand-alone composite types (an
	// assignment to a field of a column of such a type is of the field's
	// type).
	CompositeTypes []*schema.CompositeType

	byName  map[qname][]*schema.Function
	domains map[string]string
}

func (c *Catalog) baseOfDomain(t string) string {
	if c == nil || t == "" {
		return ""
	}
	if c.domains == nil {
		c.domains = map[string]string{}
		for _, d := range c.Domains {
			c.domains[d.QName().String()] = d.Type
		}
	}
	base, ok := c.domains[t]
	if !ok {
		return ""
	}
	for i := 0; i < 10; i++ {
		next, ok := c.domains[base]
		if !ok {
			break
		}
		base = next
	}
	return base
}

func (c *Catalog) relationColumns(q qname) ([]string, []string, bool) {
	if c == nil || c.Relation == nil {
		return nil, nil, false
	}
	return c.Relation(q)
}

func (c *Catalog) functions(q qname) []*schema.Function {
	if c == nil {
		return nil
	}
	if c.byName == nil {
		c.byName = map[qname][]*schema.Function{}
		for _, f := range c.Functions {
			c.byName[f.QName()] = append(c.byName[f.QName()], f)
		}
	}
	return c.byName[q]
}

// action canonicalises one rule action in scope sc (NEW and OLD).
func (q *queryCanon) action(n *pg_query.Node, sc *scope) error {
	if s := n.GetSelectStmt(); s != nil {
		_, err := q.selectStmt(s, sc)
		return err
	}
	if _, ok, err := q.modifyStmt(n, sc); ok {
		return err
	}
	return q.walk(n, sc)
}

// dropRule applies DROP RULE name ON table.
func (p *parser) dropRule(o *pg_query.Node, missingOK bool) error {
	items := o.GetList().GetItems()
	if len(items) < 2 {
		return fmt.Errorf("rule name must be qualified by its relation")
	}
	sch, name := splitName(items[:len(items)-1])
	rule := strVal(items[len(items)-1])
	q, ok := p.st.lookupRel(sch, name)
	if !ok {
		if missingOK {
			return nil
		}
		return fmt.Errorf("relation %s does not exist", displayName(sch, name))
	}
	n := len(p.st.rules)
	p.st.rules = slices.DeleteFunc(p.st.rules, func(r *schema.Rule) bool { return r.TableName() == q && r.Name == rule })
	if n == len(p.st.rules) && !missingOK {
		return fmt.Errorf("rule %s for relation %s does not exist", schema.QuoteIdent(rule), q)
	}
	return nil
}

// commentOnRule applies COMMENT ON RULE name ON table.
func (p *parser) commentOnRule(s *pg_query.CommentStmt) error {
	items := s.Object.GetList().GetItems()
	if len(items) < 2 {
		return fmt.Errorf("rule name must be qualified by its relation")
	}
	sch, name := splitName(items[:len(items)-1])
	rule := strVal(items[len(items)-1])
	q, ok := p.st.lookupRel(sch, name)
	if !ok {
		return fmt.Errorf("relation %s does not exist", displayName(sch, name))
	}
	for _, r := range p.st.rules {
		if r.TableName() == q && r.Name == rule {
			r.Comment = s.Comment
			return nil
		}
	}
	return fmt.Errorf("rule %s for relation %s does not exist", schema.QuoteIdent(rule), q)
}

// setRuleState applies ALTER TABLE ... ENABLE/DISABLE RULE.
func (p *parser) setRuleState(q qname, cmd *pg_query.AlterTableCmd) error {
	for _, r := range p.st.rules {
		if r.TableName() == q && r.Name == cmd.Name {
			switch cmd.Subtype {
			case pg_query.AlterTableType_AT_EnableRule:
				r.Disabled = ""
			case pg_query.AlterTableType_AT_DisableRule:
				r.Disabled = "D"
			case pg_query.AlterTableType_AT_EnableAlwaysRule:
				r.Disabled = "A"
			case pg_query.AlterTableType_AT_EnableReplicaRule:
				r.Disabled = "R"
			}
			return nil
		}
	}
	return fmt.Errorf("rule %s for relation %s does not exist", schema.QuoteIdent(cmd.Name), q)
}

// alterTableRule applies ALTER TABLE ... ENABLE/DISABLE RULE; ok is false
// for other subcommands.
func (p *parser) alterTableRule(t *schema.Table, cmd *pg_query.AlterTableCmd) (bool, error) {
	switch cmd.Subtype {
	case pg_query.AlterTableType_AT_EnableRule, pg_query.AlterTableType_AT_DisableRule,
		pg_query.AlterTableType_AT_EnableAlwaysRule, pg_query.AlterTableType_AT_EnableReplicaRule:
		return true, p.setRuleState(t.QName(), cmd)
	}
	return false, nil
}

// RuleReferences returns the references of a canonical rule definition:
// those QueryReferences finds, the columns of the rule's relation that NEW
// and OLD name, and the target columns of its INSERT and UPDATE actions.
func RuleReferences(def string) References {
	r := QueryReferences(def)
	n, err := parseOne(def)
	if err != nil || n.GetRuleStmt() == nil {
		return r
	}
	rs := n.GetRuleStmt()
	rel := schema.QName{Schema: rs.Relation.Schemaname, Name: rs.Relation.Relname}
	var extra References
	target := func(rv *pg_query.RangeVar, cols []*pg_query.Node) {
		if rv == nil || rv.Schemaname == "" {
			return
		}
		q := schema.QName{Schema: rv.Schemaname, Name: rv.Relname}
		for _, c := range cols {
			if rt := c.GetResTarget(); rt != nil {
				extra.Columns = append(extra.Columns, schema.ColumnRef{Table: q, Column: rt.Name})
			}
		}
	}
	var visit func(*pg_query.Node)
	visit = func(n *pg_query.Node) {
		if n == nil {
			return
		}
		switch x := n.GetNode().(type) {
		case *pg_query.Node_ColumnRef:
			if f := x.ColumnRef.Fields; len(f) == 2 {
				if name := fieldName(f[0]); (name == "new" || name == "old") && fieldName(f[1]) != "" {
					extra.Columns = append(extra.Columns, schema.ColumnRef{Table: rel, Column: fieldName(f[1])})
				}
			}
			return
		case *pg_query.Node_InsertStmt:
			target(x.InsertStmt.Relation, x.InsertStmt.Cols)
		case *pg_query.Node_UpdateStmt:
			target(x.UpdateStmt.Relation, x.UpdateStmt.TargetList)
		}
		walkNodes(n, visit)
	}
	visit(n)
	return r.merge(extra)
}
