package hcl

import (
	"reflect"

	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/stratadb/strata/schema"
)

// sequence writes a sequence, leaving out the options that hold
// PostgreSQL's defaults for its type and increment.
func (w *writer) sequence(b *hclwrite.Body, s *schema.Sequence) {
	w.schemaRef(b, s.Schema)
	if s.Type != "bigint" {
		w.typeAttr(b, "type", s.Type)
	}
	w.seqOptions(b, s.Type, s.Start, s.Increment, s.Min, s.Max, s.Cache, s.Cycle)
	if o := s.OwnedBy; o != nil {
		if w.tabSet[o.Table] {
			b.SetAttributeTraversal("owner", append(w.tableRef(o.Table), step("column"), step(o.Column)))
		} else {
			b.SetAttributeValue("owner", cty.StringVal(o.Table.String()+"."+schema.QuoteIdent(o.Column)))
		}
	}
	w.rest(b, reflect.ValueOf(s).Elem(), "schema", "name", "type", "start", "increment", "min", "max", "cache",
		"cycle", "owned_by")
}

// seqOptions writes the sequence options that differ from the defaults.
func (w *writer) seqOptions(b *hclwrite.Body, typ string, start, inc, min, max, cache int64, cycle bool) {
	_, dmin, dmax := seqDefaults(typ, inc)
	dstart := min
	if inc < 0 {
		dstart = max
	}
	if start != dstart {
		b.SetAttributeValue("start", cty.NumberIntVal(start))
	}
	if inc != 1 {
		b.SetAttributeValue("increment", cty.NumberIntVal(inc))
	}
	if min != dmin {
		b.SetAttributeValue("min_value", cty.NumberIntVal(min))
	}
	if max != dmax {
		b.SetAttributeValue("max_value", cty.NumberIntVal(max))
	}
	if cache != 1 {
		b.SetAttributeValue("cache", cty.NumberIntVal(cache))
	}
	if cycle {
		b.SetAttributeValue("cycle", cty.True)
	}
}

// table writes a table: columns, then primary key, foreign keys, indexes,
// checks, unique and exclusion constraints, then the table's options.
func (w *writer) table(b *hclwrite.Body, t *schema.Table) {
	w.schemaRef(b, t.Schema)
	for _, c := range t.Columns {
		w.column(b.AppendNewBlock("column", []string{c.Name}).Body(), t, c)
	}
	for _, c := range t.Constraints {
		w.constraint(b, t, c)
	}
	for _, i := range t.Indexes {
		w.index(b, i)
	}
	if k := t.PartitionKey; k != nil {
		p := b.AppendNewBlock("partition", nil).Body()
		p.SetAttributeRaw("type", keyword(k.Strategy))
		w.keys(p, "columns", "by", k.Keys)
	}
	if t.PartitionOf != nil {
		if w.tabSet[*t.PartitionOf] {
			b.SetAttributeTraversal("partition_of", w.tableRef(*t.PartitionOf))
		} else {
			b.SetAttributeValue("partition_of", cty.StringVal(t.PartitionOf.String()))
		}
	}
	if t.PartitionBound != nil {
		w.rest(b.AppendNewBlock("bound", nil).Body(), reflect.ValueOf(t.PartitionBound).Elem())
	}
	if len(t.Inherits) > 0 {
		var toks []hclwrite.Tokens
		for _, p := range t.Inherits {
			if w.tabSet[p] {
				toks = append(toks, hclwrite.TokensForTraversal(w.tableRef(p)))
			} else {
				toks = append(toks, hclwrite.TokensForValue(cty.StringVal(p.String())))
			}
		}
		b.SetAttributeRaw("inherits", hclwrite.TokensForTuple(toks))
	}
	w.rest(b, reflect.ValueOf(t).Elem(), "schema", "name", "columns", "constraints", "indexes", "partition_key",
		"partition_of", "partition_bound", "inherits")
}

// column writes one column: null = true for nullable columns (NOT NULL
// is the default, as in Atlas), the type, default as sql("..."),
// identity and generated expression blocks.
func (w *writer) column(b *hclwrite.Body, t *schema.Table, c *schema.Column) {
	if !c.NotNull {
		b.SetAttributeValue("null", cty.True)
	}
	w.typeAttr(b, "type", c.Type)
	if c.Default != "" {
		b.SetAttributeRaw("default", sqlTokens(c.Default))
	}
	if id := c.Identity; id != nil {
		ib := b.AppendNewBlock("identity", nil).Body()
		if id.Always {
			ib.SetAttributeRaw("generated", keyword("ALWAYS"))
		} else {
			ib.SetAttributeRaw("generated", keyword("BY_DEFAULT"))
		}
		if id.Sequence != objectName(t.Name, c.Name, "seq") {
			ib.SetAttributeValue("sequence", cty.StringVal(id.Sequence))
		}
		w.seqOptions(ib, c.Type, id.Start, id.Increment, id.Min, id.Max, id.Cache, id.Cycle)
	}
	if c.Generated != "" {
		g := b.AppendNewBlock("as", nil).Body()
		g.SetAttributeRaw("expr", stringTokens(c.Generated))
		g.SetAttributeRaw("type", keyword("STORED"))
	}
	w.rest(b, reflect.ValueOf(c).Elem(), "name", "type", "not_null", "default", "identity", "generated")
}

// columnRefs returns [column.a, column.b].
func columnRefs(cols []string) hclwrite.Tokens {
	toks := make([]hclwrite.Tokens, len(cols))
	for i, c := range cols {
		toks[i] = hclwrite.TokensForTraversal(ref("column", c))
	}
	return hclwrite.TokensForTuple(toks)
}

// constraint writes a table constraint as a primary_key, foreign_key,
// check, unique or exclude block.
func (w *writer) constraint(b *hclwrite.Body, t *schema.Table, c *schema.Constraint) {
	var cb *hclwrite.Body
	skip := []string{"name", "kind", "columns", "include", "on_delete_columns", "nulls_not_distinct"}
	switch c.Kind {
	case schema.PrimaryKey:
		var labels []string
		if c.Name != objectName(t.Name, "", "pkey") {
			labels = []string{c.Name}
		}
		cb = b.AppendNewBlock("primary_key", labels).Body()
	case schema.ForeignKey:
		cb = b.AppendNewBlock("foreign_key", []string{c.Name}).Body()
	case schema.Check:
		cb = b.AppendNewBlock("check", []string{c.Name}).Body()
	case schema.Unique:
		cb = b.AppendNewBlock("unique", []string{c.Name}).Body()
	default:
		cb = b.AppendNewBlock("exclude", []string{c.Name}).Body()
	}
	if len(c.Columns) > 0 {
		cb.SetAttributeRaw("columns", columnRefs(c.Columns))
	}
	if c.Kind == schema.ForeignKey && c.RefTable != nil {
		skip = append(skip, "ref_table", "ref_columns", "on_delete", "on_update")
		if w.tabSet[*c.RefTable] {
			toks := make([]hclwrite.Tokens, len(c.RefColumns))
			for i, rc := range c.RefColumns {
				toks[i] = hclwrite.TokensForTraversal(append(w.tableRef(*c.RefTable), step("column"), step(rc)))
			}
			cb.SetAttributeRaw("ref_columns", hclwrite.TokensForTuple(toks))
		} else {
			cb.SetAttributeValue("ref_table", cty.StringVal(c.RefTable.String()))
			w.field(cb, "ref_columns", reflect.ValueOf(c.RefColumns))
		}
		if c.OnUpdate != "" {
			cb.SetAttributeRaw("on_update", keyword(c.OnUpdate))
		}
		if c.OnDelete != "" {
			cb.SetAttributeRaw("on_delete", keyword(c.OnDelete))
		}
	}
	if c.NullsNotDistinct {
		cb.SetAttributeValue("nulls_distinct", cty.False)
	}
	if len(c.OnDeleteColumns) > 0 {
		cb.SetAttributeRaw("on_delete_columns", columnRefs(c.OnDeleteColumns))
	}
	if len(c.Include) > 0 {
		cb.SetAttributeRaw("include", columnRefs(c.Include))
	}
	if c.Kind == schema.Exclude {
		skip = append(skip, "method", "elements")
		if c.Method != "gist" {
			cb.SetAttributeRaw("type", keyword(c.Method))
		}
		for _, e := range c.Elements {
			eb := cb.AppendNewBlock("on", nil).Body()
			w.key(eb, e.Key)
			eb.SetAttributeValue("op", cty.StringVal(e.Operator))
		}
	}
	w.rest(cb, reflect.ValueOf(c).Elem(), skip...)
}

// index writes an index block.
func (w *writer) index(b *hclwrite.Body, i *schema.Index) {
	ib := b.AppendNewBlock("index", []string{i.Name}).Body()
	if i.Unique {
		ib.SetAttributeValue("unique", cty.True)
	}
	if i.Method != "btree" {
		ib.SetAttributeRaw("type", keyword(i.Method))
	}
	w.keys(ib, "columns", "on", i.Keys)
	if len(i.Include) > 0 {
		ib.SetAttributeRaw("include", columnRefs(i.Include))
	}
	if i.NullsNotDistinct {
		ib.SetAttributeValue("nulls_distinct", cty.False)
	}
	w.rest(ib, reflect.ValueOf(i).Elem(), "name", "unique", "method", "keys", "include", "nulls_not_distinct")
}

// keys writes index or partition keys: columns = [column.a, ...] when
// every key is a plain column without options, one block per key
// otherwise.
func (w *writer) keys(b *hclwrite.Body, attr, block string, keys []schema.IndexKey) {
	plain := true
	var cols []string
	for _, k := range keys {
		if k.Column == "" || k.Expr != "" || k.Collation != "" || k.OpClass != "" || k.Desc || k.NullsFirst ||
			k.Statistics != nil {
			plain = false
			break
		}
		cols = append(cols, k.Column)
	}
	if plain && len(keys) > 0 {
		b.SetAttributeRaw(attr, columnRefs(cols))
		return
	}
	for _, k := range keys {
		w.key(b.AppendNewBlock(block, nil).Body(), k)
	}
}

// key writes one index key: column or expr, then desc / nulls_first /
// nulls_last when they differ from the default, collation, ops and
// statistics.
func (w *writer) key(b *hclwrite.Body, k schema.IndexKey) {
	if k.Column != "" {
		b.SetAttributeTraversal("column", ref("column", k.Column))
	}
	if k.Expr != "" {
		b.SetAttributeRaw("expr", stringTokens(k.Expr))
	}
	if k.Desc {
		b.SetAttributeValue("desc", cty.True)
		if !k.NullsFirst {
			b.SetAttributeValue("nulls_last", cty.True)
		}
	} else if k.NullsFirst {
		b.SetAttributeValue("nulls_first", cty.True)
	}
	if k.Collation != "" {
		b.SetAttributeValue("collation", cty.StringVal(k.Collation))
	}
	if k.OpClass != "" {
		b.SetAttributeValue("ops", cty.StringVal(k.OpClass))
	}
	if k.Statistics != nil {
		b.SetAttributeValue("statistics", cty.NumberIntVal(int64(*k.Statistics)))
	}
}

// view writes a view or materialized view: its columns, as = the query,
// check_option and its indexes.
func (w *writer) view(b *hclwrite.Body, v *schema.View) {
	w.schemaRef(b, v.Schema)
	for _, c := range v.Columns {
		w.fill(b.AppendNewBlock("column", []string{c.Name}).Body(), reflect.ValueOf(c).Elem())
	}
	b.SetAttributeRaw("as", stringTokens(v.Query))
	if v.CheckOption != "" {
		b.SetAttributeRaw("check_option", keyword(v.CheckOption))
	}
	for _, i := range v.Indexes {
		w.index(b, i)
	}
	w.rest(b, reflect.ValueOf(v).Elem(), "schema", "name", "materialized", "columns", "query", "check_option", "indexes")
}

// function writes a function, procedure or aggregate.
func (w *writer) function(b *hclwrite.Body, f *schema.Function) {
	w.schemaRef(b, f.Schema)
	for _, a := range f.Args {
		var labels []string
		if a.Name != "" {
			labels = []string{a.Name}
		}
		w.fill(b.AppendNewBlock("arg", labels).Body(), reflect.ValueOf(&a).Elem())
	}
	if f.Kind == schema.KindWindow {
		b.SetAttributeValue("window", cty.True)
	}
	w.typeAttr(b, "return", f.Returns)
	if f.SetOf {
		b.SetAttributeValue("return_set", cty.True)
	}
	if f.Language != "" {
		lang := map[string]string{"sql": "SQL", "plpgsql": "PLpgSQL"}[f.Language]
		if lang != "" {
			b.SetAttributeRaw("lang", hclwrite.TokensForIdentifier(lang))
		} else {
			b.SetAttributeValue("lang", cty.StringVal(f.Language))
		}
	}
	if f.Body != "" {
		b.SetAttributeRaw("as", stringTokens(f.Body))
	}
	def := functionDefaults(f)
	if f.Volatility != def.Volatility {
		b.SetAttributeRaw("volatility", keyword(f.Volatility))
	}
	if f.SecurityDefiner {
		b.SetAttributeRaw("security", keyword("DEFINER"))
	}
	if f.Parallel != def.Parallel {
		b.SetAttributeRaw("parallel", keyword(f.Parallel))
	}
	if f.Cost != def.Cost {
		b.SetAttributeValue("cost", cty.NumberFloatVal(f.Cost))
	}
	if f.Rows != def.Rows {
		b.SetAttributeValue("rows", cty.NumberFloatVal(f.Rows))
	}
	skip := []string{"schema", "name", "kind", "args", "returns", "setof", "language", "body", "volatility",
		"security_definer", "parallel", "aggregate", "cost", "rows"}
	if a := f.Aggregate; a != nil {
		if a.Kind != "normal" {
			b.SetAttributeValue("kind", cty.StringVal(a.Kind))
		}
		modify := aggregateModify(a.Kind)
		if a.FinalModify != modify {
			b.SetAttributeValue("finalfunc_modify", cty.StringVal(a.FinalModify))
		}
		if a.MFinalModify != modify {
			b.SetAttributeValue("mfinalfunc_modify", cty.StringVal(a.MFinalModify))
		}
		w.rest(b, reflect.ValueOf(a).Elem(), "kind", "finalfunc_modify", "mfinalfunc_modify")
	}
	w.rest(b, reflect.ValueOf(f).Elem(), skip...)
}

// trigger writes a trigger in Atlas's form: on, a timing block with the
// events, for = ROW, when, and an execute block.
func (w *writer) trigger(b *hclwrite.Body, t *schema.Trigger) {
	w.onRef(b, t.Schema, t.Table)
	timing := map[string]string{schema.TriggerBefore: "before", schema.TriggerAfter: "after",
		schema.TriggerInsteadOf: "instead_of"}[t.Timing]
	tb := b.AppendNewBlock(timing, nil).Body()
	for _, e := range t.Events {
		tb.SetAttributeValue(e, cty.True)
	}
	if len(t.UpdateOf) > 0 {
		tb.SetAttributeRaw("update_of", columnRefs(t.UpdateOf))
	}
	if t.ForEachRow {
		b.SetAttributeRaw("for", keyword("ROW"))
	}
	if t.When != "" {
		b.SetAttributeRaw("when", stringTokens(t.When))
	}
	eb := b.AppendNewBlock("execute", nil).Body()
	w.functionRef(eb, "function", t.Function)
	if len(t.Args) > 0 {
		w.field(eb, "args", reflect.ValueOf(t.Args))
	}
	if t.From != nil {
		if w.tabSet[*t.From] {
			b.SetAttributeTraversal("from", w.tableRef(*t.From))
		} else {
			b.SetAttributeValue("from", cty.StringVal(t.From.String()))
		}
	}
	w.rest(b, reflect.ValueOf(t).Elem(), "schema", "table", "name", "timing", "events", "update_of",
		"for_each_row", "when", "function", "args", "from")
}

// policy writes a row-level security policy.
func (w *writer) policy(b *hclwrite.Body, p *schema.Policy) {
	w.onRef(b, p.Schema, p.Table)
	if p.Restrictive {
		b.SetAttributeRaw("as", keyword("RESTRICTIVE"))
	}
	if p.Command != schema.PolicyAll {
		b.SetAttributeRaw("for", keyword(p.Command))
	}
	if !(len(p.Roles) == 1 && p.Roles[0] == schema.PublicRole) {
		w.field(b, "to", reflect.ValueOf(p.Roles))
	}
	if p.Using != "" {
		b.SetAttributeRaw("using", stringTokens(p.Using))
	}
	if p.WithCheck != "" {
		b.SetAttributeRaw("check", stringTokens(p.WithCheck))
	}
	w.rest(b, reflect.ValueOf(p).Elem(), "schema", "table", "name", "restrictive", "command", "roles", "using",
		"with_check")
}

// functionDefaults returns the volatility, parallel safety, cost and rows
// PostgreSQL gives a function like f when CREATE FUNCTION does not say:
// VOLATILE, PARALLEL UNSAFE, COST 1 for C and internal functions and 100
// for others, ROWS 1000 for set-returning functions. Aggregates have no
// volatility, cost or rows of their own.
func functionDefaults(f *schema.Function) schema.Function {
	def := schema.Function{Parallel: "unsafe"}
	if f.Kind == schema.KindAggregate {
		return def
	}
	def.Volatility = "volatile"
	def.Cost = 100
	if f.Language == "c" || f.Language == "internal" {
		def.Cost = 1
	}
	if f.SetOf {
		def.Rows = 1000
	}
	return def
}

// aggregateModify returns PostgreSQL's default FINALFUNC_MODIFY and
// MFINALFUNC_MODIFY for an aggregate of kind k: read_write for
// ordered-set and hypothetical-set aggregates, read_only otherwise.
func aggregateModify(k string) string {
	if k == "ordered" || k == "hypothetical" {
		return "read_write"
	}
	return "read_only"
}
