package hcl

import (
	"fmt"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/stratadb/strata/schema"
)

// colRef is one resolved column reference.
type colRef struct {
	table  schema.QName
	column string
}

// columnRef resolves column.x (a column of table self), table.t.column.x,
// or a string "x" (a column of self).
func (p *parser) columnRef(r *reader, self schema.QName, expr hcl.Expression) (colRef, bool) {
	if names, rng, ok := traversal(expr); ok {
		switch {
		case len(names) == 2 && names[0] == "column":
			if e := p.idx.objects["table"][self]; e != nil && !p.idx.hasColumn(self, names[1], map[schema.QName]bool{}) {
				if v := p.idx.objects["view"][self]; v == nil {
					p.errorf(rng, "%s: unknown column %q in table %s", r.what, names[1], self)
					return colRef{}, false
				}
			}
			return colRef{self, names[1]}, true
		case names[0] == "table":
			q, rest, ok := p.idx.resolve("table", names, rng, r.what, p)
			if !ok {
				return colRef{}, false
			}
			if len(rest) != 2 || rest[0] != "column" {
				p.errorf(rng, "%s: expected a column reference such as table.%s.column.id", r.what, q.Name)
				return colRef{}, false
			}
			if !p.idx.hasColumn(q, rest[1], map[schema.QName]bool{}) {
				p.errorf(rng, "%s references unknown column %q of table %s", r.what, rest[1], q)
				return colRef{}, false
			}
			return colRef{q, rest[1]}, true
		}
		p.errorf(rng, "%s: expected a column reference such as column.id", r.what)
		return colRef{}, false
	}
	v, ok := p.value(expr)
	if !ok || v.Type().FriendlyName() != "string" {
		p.errorf(expr.Range(), "%s: expected a column reference such as column.id", r.what)
		return colRef{}, false
	}
	return colRef{self, v.AsString()}, true
}

// columnList resolves a list of column references of table self.
func (p *parser) columnList(r *reader, self schema.QName, a *hclsyntax.Attribute) []colRef {
	exprs, diags := hcl.ExprList(a.Expr)
	if diags.HasErrors() {
		p.errorf(a.Expr.Range(), "%s: %s must be a list of column references", r.what, a.Name)
		return nil
	}
	var out []colRef
	for _, e := range exprs {
		if c, ok := p.columnRef(r, self, e); ok {
			out = append(out, c)
		}
	}
	return out
}

// localColumns resolves a list of columns of table self (names only).
func (p *parser) localColumns(r *reader, self schema.QName, a *hclsyntax.Attribute) []string {
	var out []string
	for _, c := range p.columnList(r, self, a) {
		if c.table != self {
			p.errorf(a.Expr.Range(), "%s: %s must name columns of %s itself", r.what, a.Name, self)
			continue
		}
		out = append(out, c.column)
	}
	return out
}

// seqOptions reads start, increment, min_value, max_value, cache and
// cycle, filling in PostgreSQL's defaults for a sequence of type typ.
func (p *parser) seqOptions(r *reader, typ string) (start, inc, min, max, cache int64, cycle bool) {
	inc, cache = 1, 1
	if a := r.attr("increment"); a != nil {
		inc = r.integer(a)
		if inc == 0 {
			p.errorf(a.Expr.Range(), "%s: increment must not be zero", r.what)
			inc = 1
		}
	}
	_, min, max = seqDefaults(typ, inc)
	if a := r.attr("min_value"); a != nil {
		min = r.integer(a)
	}
	if a := r.attr("max_value"); a != nil {
		max = r.integer(a)
	}
	start = min
	if inc < 0 {
		start = max
	}
	if a := r.attr("start"); a != nil {
		start = r.integer(a)
	}
	if a := r.attr("cache"); a != nil {
		cache = r.integer(a)
	}
	if a := r.attr("cycle"); a != nil {
		cycle = r.boolean(a)
	}
	return
}

// sequence reads a sequence block.
func (p *parser) sequence(r *reader, s *schema.Sequence) {
	s.Type = "bigint"
	if a := r.attr("type"); a != nil {
		s.Type = r.typeExpr(a)
	}
	s.Start, s.Increment, s.Min, s.Max, s.Cache, s.Cycle = p.seqOptions(r, s.Type)
	if a := r.attr("owner"); a != nil {
		if names, _, ok := traversal(a.Expr); ok && names[0] == "table" {
			if c, ok := p.columnRef(r, schema.QName{}, a.Expr); ok {
				s.OwnedBy = &schema.ColumnRef{Table: c.table, Column: c.column}
			}
		} else {
			// "schema.table.column" (or "table.column") as a string.
			parts, ok := splitNames(r.str(a))
			switch {
			case ok && len(parts) == 3:
				s.OwnedBy = &schema.ColumnRef{Table: schema.QName{Schema: parts[0], Name: parts[1]}, Column: parts[2]}
			case ok && len(parts) == 2:
				s.OwnedBy = &schema.ColumnRef{Table: schema.QName{Schema: "public", Name: parts[0]}, Column: parts[1]}
			default:
				p.errorf(a.Expr.Range(), "%s: owner must be a reference such as table.t.column.c", r.what)
			}
		}
	}
	p.rest(r, reflect.ValueOf(s).Elem(), "schema", "name", "type", "start", "increment", "min", "max", "cache",
		"cycle", "owned_by")
}

// table reads a table block.
func (p *parser) table(r *reader, t *schema.Table) {
	self := t.QName()
	for _, b := range r.blocksOf("column") {
		if len(b.Labels) != 1 {
			p.errorf(b.DefRange(), "%s: a column block takes one label, its name", r.what)
			continue
		}
		c := &schema.Column{Name: b.Labels[0]}
		cr := p.reader(b.Body, fmt.Sprintf("%s: column %q", r.what, c.Name))
		p.column(cr, t, c)
		cr.finish()
		t.Columns = append(t.Columns, c)
	}
	for _, kind := range []string{"primary_key", "foreign_key", "check", "unique", "exclude"} {
		for _, b := range r.blocksOf(kind) {
			if c := p.constraint(r, b, t); c != nil {
				t.Constraints = append(t.Constraints, c)
			}
		}
	}
	for _, b := range r.blocksOf("index") {
		if i := p.indexBlock(r, b, self); i != nil {
			t.Indexes = append(t.Indexes, i)
		}
	}
	if b := r.block("partition"); b != nil {
		pr := p.reader(b.Body, r.what+": partition")
		k := &schema.PartitionKey{}
		if a := pr.attr("type"); a != nil {
			k.Strategy = pr.keyword(a)
		} else {
			p.errorf(b.DefRange(), "%s: type (RANGE, LIST or HASH) is missing", pr.what)
		}
		k.Keys = p.keys(pr, self, "columns", "by")
		pr.finish()
		t.PartitionKey = k
	}
	if a := r.attr("partition_of"); a != nil {
		q := p.tableRef(r, a)
		t.PartitionOf = &q
	}
	if b := r.block("bound"); b != nil {
		br := p.reader(b.Body, r.what+": bound")
		t.PartitionBound = &schema.PartitionBound{}
		p.rest(br, reflect.ValueOf(t.PartitionBound).Elem())
		br.finish()
	}
	if a := r.attr("inherits"); a != nil {
		exprs, diags := hcl.ExprList(a.Expr)
		if diags.HasErrors() {
			p.errorf(a.Expr.Range(), "%s: inherits must be a list of tables", r.what)
		}
		for _, e := range exprs {
			t.Inherits = append(t.Inherits, p.tableRef(r, &hclsyntax.Attribute{Name: "inherits", Expr: e.(hclsyntax.Expression), SrcRange: e.Range(), NameRange: e.Range()}))
		}
	}
	if b := r.block("row_security"); b != nil { // Atlas's spelling
		rr := p.reader(b.Body, r.what+": row_security")
		if a := rr.attr("enabled"); a != nil {
			t.RowSecurity = rr.boolean(a)
		}
		if a := rr.attr("enforced"); a != nil {
			t.ForceRowSecurity = rr.boolean(a)
		}
		rr.finish()
	}
	p.rest(r, reflect.ValueOf(t).Elem(), "schema", "name", "columns", "constraints", "indexes", "partition_key",
		"partition_of", "partition_bound", "inherits")
}

// tableRef resolves table.t (or a string "schema.t").
func (p *parser) tableRef(r *reader, a *hclsyntax.Attribute) schema.QName {
	if names, rng, ok := traversal(a.Expr); ok {
		if names[0] != "table" {
			p.errorf(rng, "%s: %s must be a reference such as table.users", r.what, a.Name)
			return schema.QName{}
		}
		q, rest, ok := p.idx.resolve("table", names, rng, r.what, p)
		if ok && len(rest) > 0 {
			p.errorf(rng, "%s: %s must name a table", r.what, a.Name)
		}
		return q
	}
	q, ok := splitQName(r.str(a), "public")
	if !ok {
		p.errorf(a.Expr.Range(), "%s: %s must be a reference such as table.users", r.what, a.Name)
	}
	return q
}

// column reads a column block.
func (p *parser) column(r *reader, t *schema.Table, c *schema.Column) {
	c.NotNull = true
	if a := r.attr("null"); a != nil {
		c.NotNull = !r.boolean(a)
	}
	if a := r.attr("type"); a != nil {
		c.Type = r.typeExpr(a)
	} else {
		p.errorf(r.body.SrcRange, "%s: type is missing", r.what)
	}
	if a := r.attr("default"); a != nil {
		c.Default = r.sqlExpr(a)
	}
	if b := r.block("identity"); b != nil {
		ir := p.reader(b.Body, r.what+": identity")
		id := &schema.Identity{Sequence: objectName(t.Name, c.Name, "seq")}
		if a := ir.attr("generated"); a != nil {
			switch g := ir.keyword(a); g {
			case "always":
				id.Always = true
			case "by default":
			default:
				p.errorf(a.Expr.Range(), "%s: generated must be ALWAYS or BY_DEFAULT, not %q", ir.what, g)
			}
		}
		if a := ir.attr("sequence"); a != nil {
			id.Sequence = ir.str(a)
		}
		id.Start, id.Increment, id.Min, id.Max, id.Cache, id.Cycle = p.seqOptions(ir, c.Type)
		ir.finish()
		c.Identity = id
	}
	if b := r.block("as"); b != nil {
		gr := p.reader(b.Body, r.what+": as")
		if a := gr.attr("expr"); a != nil {
			c.Generated = gr.sqlOrString(a)
		} else {
			p.errorf(b.DefRange(), "%s: expr is missing", gr.what)
		}
		if a := gr.attr("type"); a != nil && gr.keyword(a) != "stored" {
			p.errorf(a.Expr.Range(), "%s: PostgreSQL supports only STORED generated columns", gr.what)
		}
		gr.finish()
	}
	if a := r.attr("collate"); a != nil { // Atlas's spelling: a collation name
		c.Collation = collationText(r.str(a))
	}
	p.rest(r, reflect.ValueOf(c).Elem(), "name", "type", "not_null", "default", "identity", "generated")
}

// constraint reads a primary_key, foreign_key, check, unique or exclude
// block of table t.
func (p *parser) constraint(parent *reader, b *hclsyntax.Block, t *schema.Table) *schema.Constraint {
	self := t.QName()
	c := &schema.Constraint{}
	switch len(b.Labels) {
	case 0:
		switch b.Type {
		case "primary_key":
			c.Name = objectName(t.Name, "", "pkey")
		case "check":
			c.Name = objectName(t.Name, "", "check")
		default:
			p.errorf(b.DefRange(), "%s: a %s block takes one label, its name", parent.what, b.Type)
			return nil
		}
	case 1:
		c.Name = b.Labels[0]
	default:
		p.errorf(b.DefRange(), "%s: a %s block takes one label, its name", parent.what, b.Type)
		return nil
	}
	r := p.reader(b.Body, fmt.Sprintf("%s: %s %q", parent.what, b.Type, c.Name))
	defer r.finish()
	skip := []string{"name", "kind", "columns", "include", "on_delete_columns", "nulls_not_distinct"}
	if a := r.attr("nulls_distinct"); a != nil {
		c.NullsNotDistinct = !r.boolean(a)
	}
	c.Kind = map[string]string{"primary_key": schema.PrimaryKey, "foreign_key": schema.ForeignKey,
		"check": schema.Check, "unique": schema.Unique, "exclude": schema.Exclude}[b.Type]
	if a := r.attr("columns"); a != nil {
		c.Columns = p.localColumns(r, self, a)
	}
	if a := r.attr("include"); a != nil {
		c.Include = p.localColumns(r, self, a)
	}
	if a := r.attr("on_delete_columns"); a != nil {
		c.OnDeleteColumns = p.localColumns(r, self, a)
	}
	switch c.Kind {
	case schema.ForeignKey:
		skip = append(skip, "ref_table", "ref_columns", "on_delete", "on_update")
		if a := r.attr("ref_table"); a != nil {
			q := p.tableRef(r, a)
			c.RefTable = &q
		}
		if a := r.attr("ref_columns"); a != nil {
			for _, rc := range p.columnList(r, self, a) {
				if c.RefTable == nil {
					q := rc.table
					c.RefTable = &q
				} else if *c.RefTable != rc.table {
					p.errorf(a.Expr.Range(), "%s: ref_columns must all belong to one table", r.what)
				}
				c.RefColumns = append(c.RefColumns, rc.column)
			}
		} else {
			p.errorf(b.DefRange(), "%s: ref_columns is missing", r.what)
		}
		for _, act := range []struct {
			name string
			dst  *string
		}{{"on_update", &c.OnUpdate}, {"on_delete", &c.OnDelete}} {
			if a := r.attr(act.name); a != nil {
				switch k := r.keyword(a); k {
				case "no action":
				case schema.Restrict, schema.Cascade, schema.SetNull, schema.SetDefault:
					*act.dst = k
				default:
					p.errorf(a.Expr.Range(), "%s: %s must be NO_ACTION, RESTRICT, CASCADE, SET_NULL or SET_DEFAULT, not %q",
						r.what, act.name, k)
				}
			}
		}
		if a := r.attr("match"); a != nil {
			skip = append(skip, "match")
			if k := r.keyword(a); k != "simple" {
				c.Match = k
			}
		}
	case schema.Check:
		if r.body.Attributes["expr"] == nil {
			p.errorf(b.DefRange(), "%s: expr is missing", r.what)
		}
	case schema.Exclude:
		skip = append(skip, "method", "elements")
		c.Method = "gist"
		if a := r.attr("type"); a != nil {
			c.Method = r.keyword(a)
		}
		for _, eb := range r.blocksOf("on") {
			er := p.reader(eb.Body, r.what+": on")
			k := p.key(er, self, eb)
			e := schema.ExcludeElement{Key: k}
			if a := er.attr("op"); a != nil {
				e.Operator = er.str(a)
			} else {
				p.errorf(eb.DefRange(), "%s: op (the operator) is missing", er.what)
			}
			er.finish()
			c.Elements = append(c.Elements, e)
		}
	}
	if a := r.attr("expr"); a != nil {
		skip = append(skip, "expr")
		c.Expr = r.sqlOrString(a)
	}
	p.rest(r, reflect.ValueOf(c).Elem(), skip...)
	return c
}

// indexBlock reads an index block of the table or materialized view self.
func (p *parser) indexBlock(parent *reader, b *hclsyntax.Block, self schema.QName) *schema.Index {
	if len(b.Labels) != 1 {
		p.errorf(b.DefRange(), "%s: an index block takes one label, its name", parent.what)
		return nil
	}
	i := &schema.Index{Name: b.Labels[0], Method: "btree"}
	r := p.reader(b.Body, fmt.Sprintf("%s: index %q", parent.what, i.Name))
	defer r.finish()
	if a := r.attr("unique"); a != nil {
		i.Unique = r.boolean(a)
	}
	if a := r.attr("type"); a != nil {
		i.Method = r.keyword(a)
	}
	i.Keys = p.keys(r, self, "columns", "on")
	if r.body.Attributes["columns"] == nil && len(r.blocksOf("on")) == 0 {
		p.errorf(b.DefRange(), "%s: columns or on blocks are missing", r.what)
	}
	if a := r.attr("include"); a != nil {
		i.Include = p.localColumns(r, self, a)
	}
	if a := r.attr("nulls_distinct"); a != nil {
		i.NullsNotDistinct = !r.boolean(a)
	}
	p.rest(r, reflect.ValueOf(i).Elem(), "name", "unique", "method", "keys", "include", "nulls_not_distinct")
	return i
}

// keys reads columns = [...] or key blocks.
func (p *parser) keys(r *reader, self schema.QName, attr, block string) []schema.IndexKey {
	var out []schema.IndexKey
	if a := r.attr(attr); a != nil {
		for _, c := range p.localColumns(r, self, a) {
			out = append(out, schema.IndexKey{Column: c})
		}
	}
	for _, b := range r.blocksOf(block) {
		kr := p.reader(b.Body, r.what+": "+block)
		out = append(out, p.key(kr, self, b))
		kr.finish()
	}
	return out
}

// key reads one key block: column or expr and its options.
func (p *parser) key(r *reader, self schema.QName, b *hclsyntax.Block) schema.IndexKey {
	var k schema.IndexKey
	if a := r.attr("column"); a != nil {
		if c, ok := p.columnRef(r, self, a.Expr); ok {
			k.Column = c.column
		}
	}
	if a := r.attr("expr"); a != nil {
		k.Expr = r.sqlOrString(a)
	}
	if (k.Column == "") == (k.Expr == "") {
		p.errorf(b.DefRange(), "%s: give exactly one of column and expr", r.what)
	}
	if a := r.attr("desc"); a != nil {
		k.Desc = r.boolean(a)
	}
	k.NullsFirst = k.Desc
	if a := r.attr("nulls_first"); a != nil && r.boolean(a) {
		k.NullsFirst = true
	}
	if a := r.attr("nulls_last"); a != nil && r.boolean(a) {
		k.NullsFirst = false
	}
	if a := r.attr("collation"); a != nil {
		k.Collation = r.str(a)
	}
	if a := r.attr("ops"); a != nil {
		if tr, ok := a.Expr.(*hclsyntax.ScopeTraversalExpr); ok && len(tr.Traversal) == 1 {
			k.OpClass = tr.Traversal.RootName() // a bare operator class name, as Atlas writes it
		} else {
			k.OpClass = r.sqlOrString(a)
		}
	}
	if a := r.attr("statistics"); a != nil {
		n := int(r.integer(a))
		k.Statistics = &n
	}
	return k
}

// view reads a view or materialized block.
func (p *parser) view(r *reader, v *schema.View) {
	for _, b := range r.blocksOf("column") {
		if len(b.Labels) != 1 {
			p.errorf(b.DefRange(), "%s: a column block takes one label, its name", r.what)
			continue
		}
		c := &schema.ViewColumn{Name: b.Labels[0]}
		cr := p.reader(b.Body, fmt.Sprintf("%s: column %q", r.what, c.Name))
		p.fill(cr, reflect.ValueOf(c).Elem())
		cr.finish()
		v.Columns = append(v.Columns, c)
	}
	if a := r.attr("as"); a != nil {
		v.Query = r.sqlOrString(a)
	} else {
		p.errorf(r.body.SrcRange, "%s: as (the query) is missing", r.what)
	}
	r.attr("depends_on") // Atlas lists dependencies; Strata finds them in the query
	if a := r.attr("check_option"); a != nil {
		v.CheckOption = r.keyword(a)
	}
	for _, b := range r.blocksOf("index") {
		if i := p.indexBlock(r, b, v.QName()); i != nil {
			v.Indexes = append(v.Indexes, i)
		}
	}
	p.rest(r, reflect.ValueOf(v).Elem(), "schema", "name", "materialized", "columns", "query", "check_option", "indexes")
}

// function reads a function, procedure or aggregate block.
func (p *parser) function(r *reader, f *schema.Function) {
	p.field(r, "args", reflect.ValueOf(&f.Args).Elem())
	if a := r.attr("window"); a != nil && r.boolean(a) {
		f.Kind = schema.KindWindow
	}
	if a := r.attr("return"); a != nil {
		f.Returns = r.typeExpr(a)
	}
	if a := r.attr("return_set"); a != nil {
		f.SetOf = r.boolean(a)
	}
	if a := r.attr("lang"); a != nil {
		f.Language = r.keyword(a)
	}
	if a := r.attr("as"); a != nil {
		f.Body = r.sqlOrString(a)
	}
	if a := r.attr("volatility"); a != nil {
		f.Volatility = r.keyword(a)
	}
	if a := r.attr("security"); a != nil {
		switch k := r.keyword(a); k {
		case "definer":
			f.SecurityDefiner = true
		case "invoker":
		default:
			p.errorf(a.Expr.Range(), "%s: security must be DEFINER or INVOKER, not %q", r.what, k)
		}
	}
	if a := r.attr("parallel"); a != nil {
		f.Parallel = r.keyword(a)
	}
	def := functionDefaults(f)
	if f.Volatility == "" {
		f.Volatility = def.Volatility
	}
	if f.Parallel == "" {
		f.Parallel = def.Parallel
	}
	f.Cost, f.Rows = def.Cost, def.Rows
	if f.Kind == schema.KindAggregate {
		a := &schema.Aggregate{Kind: "normal"}
		p.rest(r, reflect.ValueOf(a).Elem())
		if a.FinalModify == "" {
			a.FinalModify = aggregateModify(a.Kind)
		}
		if a.MFinalModify == "" {
			a.MFinalModify = aggregateModify(a.Kind)
		}
		f.Aggregate = a
	}
	p.rest(r, reflect.ValueOf(f).Elem(), "schema", "name", "kind", "args", "returns", "setof", "language", "body",
		"volatility", "security_definer", "parallel", "aggregate")
}

// trigger reads a trigger block (its on is read already).
func (p *parser) trigger(r *reader, t *schema.Trigger) {
	self := t.TableName()
	n := 0
	for _, timing := range []string{"before", "after", "instead_of"} {
		b := r.block(timing)
		if b == nil {
			continue
		}
		n++
		t.Timing = map[string]string{"before": schema.TriggerBefore, "after": schema.TriggerAfter,
			"instead_of": schema.TriggerInsteadOf}[timing]
		tr := p.reader(b.Body, r.what+": "+timing)
		for _, e := range []string{schema.TriggerInsert, schema.TriggerDelete, schema.TriggerUpdate, schema.TriggerTruncate} {
			if a := tr.attr(e); a != nil && tr.boolean(a) {
				t.Events = append(t.Events, e)
			}
		}
		if a := tr.attr("update_of"); a != nil {
			t.UpdateOf = p.localColumns(tr, self, a)
			if len(t.Events) == 0 || t.Events[len(t.Events)-1] != schema.TriggerUpdate {
				t.Events = append(t.Events, schema.TriggerUpdate)
				sortEvents(t.Events)
			}
		}
		if len(t.Events) == 0 {
			p.errorf(b.DefRange(), "%s: no event: set insert, update, delete or truncate to true", tr.what)
		}
		tr.finish()
	}
	if n != 1 {
		p.errorf(r.body.SrcRange, "%s: give exactly one of the blocks before, after and instead_of", r.what)
	}
	if a := r.attr("for"); a != nil {
		switch k := r.keyword(a); k {
		case "row":
			t.ForEachRow = true
		case "statement":
		default:
			p.errorf(a.Expr.Range(), "%s: for must be ROW or STATEMENT, not %q", r.what, k)
		}
	}
	if a := r.attr("when"); a != nil {
		t.When = r.sqlOrString(a)
	}
	if b := r.block("execute"); b != nil {
		er := p.reader(b.Body, r.what+": execute")
		if a := er.attr("function"); a != nil {
			t.Function = p.functionRef(er, a)
		} else {
			p.errorf(b.DefRange(), "%s: function is missing", er.what)
		}
		if a := er.attr("args"); a != nil {
			t.Args = er.strings(a)
		}
		er.finish()
	} else {
		p.errorf(r.body.SrcRange, "%s: the execute block (the trigger function) is missing", r.what)
	}
	if a := r.attr("from"); a != nil {
		q := p.tableRef(r, a)
		t.From = &q
	}
	p.rest(r, reflect.ValueOf(t).Elem(), "schema", "table", "name", "timing", "events", "update_of",
		"for_each_row", "when", "function", "args", "from")
}

// sortEvents puts trigger events in the model's order.
func sortEvents(ev []string) {
	rank := map[string]int{schema.TriggerInsert: 0, schema.TriggerDelete: 1, schema.TriggerUpdate: 2, schema.TriggerTruncate: 3}
	for i := 1; i < len(ev); i++ {
		for j := i; j > 0 && rank[ev[j]] < rank[ev[j-1]]; j-- {
			ev[j], ev[j-1] = ev[j-1], ev[j]
		}
	}
}

// policy reads a policy block (its on is read already).
func (p *parser) policy(r *reader, x *schema.Policy) {
	x.Command = schema.PolicyAll
	x.Roles = []string{schema.PublicRole}
	if a := r.attr("as"); a != nil {
		switch k := r.keyword(a); k {
		case "restrictive":
			x.Restrictive = true
		case "permissive":
		default:
			p.errorf(a.Expr.Range(), "%s: as must be PERMISSIVE or RESTRICTIVE, not %q", r.what, k)
		}
	}
	if a := r.attr("for"); a != nil {
		x.Command = r.keyword(a)
		switch x.Command {
		case schema.PolicyAll, schema.PolicySelect, schema.PolicyInsert, schema.PolicyUpdate, schema.PolicyDelete:
		default:
			p.errorf(a.Expr.Range(), "%s: for must be ALL, SELECT, INSERT, UPDATE or DELETE, not %q", r.what, x.Command)
		}
	}
	if a := r.attr("to"); a != nil {
		x.Roles = nil
		for _, role := range r.strings(a) {
			if role == "PUBLIC" {
				role = schema.PublicRole
			}
			x.Roles = append(x.Roles, role)
		}
	}
	if a := r.attr("using"); a != nil {
		x.Using = r.sqlOrString(a)
	}
	if a := r.attr("check"); a != nil {
		x.WithCheck = r.sqlOrString(a)
	}
	p.rest(r, reflect.ValueOf(x).Elem(), "schema", "table", "name", "restrictive", "command", "roles", "using",
		"with_check")
}
