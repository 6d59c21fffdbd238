package lint

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// pending is a finding before it is placed on a step.
type pending struct {
	code    string
	message string
	// kinds are the step kinds (plan.Step.Kind) the finding belongs to,
	// in order of preference; the change's first step when none matches.
	kinds      []string
	suggestion string
	probe      *probe
}

// verdict is the judgement of one change.
type verdict struct {
	class    Class
	findings []pending
}

func (v *verdict) at(c Class) { v.class = max(v.class, c) }

func (v *verdict) find(code, message string, kinds ...string) *pending {
	v.findings = append(v.findings, pending{code: code, message: message, kinds: kinds})
	return &v.findings[len(v.findings)-1]
}

// judgeContext is what the judgement of one change needs to know about the
// rest of the plan.
type judgeContext struct {
	p *plan.Plan
	// added maps "family object" of every Add change to it (family is the
	// change type name without Add/Drop, e.g. "View").
	added map[string]diff.Change
	// dropped maps "family object" of every Drop change to it.
	dropped map[string]diff.Change
}

func newContext(p *plan.Plan) *judgeContext {
	ctx := &judgeContext{p: p, added: map[string]diff.Change{}, dropped: map[string]diff.Change{}}
	for _, s := range p.Steps {
		switch name := diff.ChangeName(s.Change); {
		case strings.HasPrefix(name, "Add"):
			ctx.added[name[3:]+" "+s.Object] = s.Change
		case strings.HasPrefix(name, "Drop"):
			ctx.dropped[name[4:]+" "+s.Object] = s.Change
		}
	}
	return ctx
}

// groups returns the steps of p grouped by the change they come from, in
// the order of their first steps.
func (ctx *judgeContext) groups() []group {
	var out []group
	at := map[string]int{}
	for i, s := range ctx.p.Steps {
		key := "#" + strconv.Itoa(i)
		if s.Change != nil {
			key = diff.ChangeName(s.Change) + "\x00" + s.Change.String()
		}
		if g, ok := at[key]; ok {
			out[g].steps = append(out[g].steps, i)
			continue
		}
		at[key] = len(out)
		out = append(out, group{change: s.Change, steps: []int{i}})
	}
	return out
}

// recreated returns the Add change that creates again what the Drop change
// drop (on object) removes, or nil.
func (ctx *judgeContext) recreated(drop diff.Change, object string) diff.Change {
	name := diff.ChangeName(drop)
	if !strings.HasPrefix(name, "Drop") {
		return nil
	}
	return ctx.added[name[4:]+" "+object]
}

// sameObject reports whether a Drop and an Add change carry equal objects.
func sameObject(drop, add diff.Change) bool {
	a, b := reflect.ValueOf(drop), reflect.ValueOf(add)
	if a.NumField() != b.NumField() {
		return false
	}
	for i := 0; i < a.NumField(); i++ {
		if !reflect.DeepEqual(a.Field(i).Interface(), b.Field(i).Interface()) {
			return false
		}
	}
	return true
}

// judge returns the class and findings of change c, whose first step is
// about object. Adding a kind of change means adding a case here; kinds
// without one get the generic judgement of judgeGeneric.
func (ctx *judgeContext) judge(c diff.Change, object string) verdict {
	var v verdict
	if c == nil {
		v.at(Major)
		v.find(UnclassifiedChange, "lint cannot classify this step: the plan carries no change for it (a plan artifact of format version 1, or a change of a newer Strata)")
		return v
	}
	if add := ctx.recreated(c, object); add != nil {
		if sameObject(c, add) {
			return v // dropped and created again unchanged around another change
		}
		if _, ok := c.(diff.DropTable); ok {
			v.at(Major)
			v.find(TableRecreated, fmt.Sprintf("table %s is dropped and created again: its rows are lost", object), "drop table").probe = rowsProbe(c.(diff.DropTable).Table.QName())
			return v
		}
	}
	switch c := c.(type) {
	case diff.AddSchema, diff.AddExtension, diff.AddEnum, diff.AddSequence:
		v.at(Minor)
	case diff.DropSchema:
		v.at(Major)
		v.find(DropSchema, fmt.Sprintf("drops schema %s with everything in it", schema.QuoteIdent(c.Schema.Name)))
		v.find(SchemaRemoved, fmt.Sprintf("the running application may use schema %s", schema.QuoteIdent(c.Schema.Name)))
	case diff.AlterSchema:
		v.at(Patch)
	case diff.DropExtension:
		v.at(Major)
		v.find(DropExtension, fmt.Sprintf("drops extension %s and its objects", c.Extension.Name))
		v.find(ObjectRemoved, fmt.Sprintf("the running application may use extension %s", c.Extension.Name))
	case diff.AlterExtension:
		ctx.alterExtension(&v, c)
	case diff.DropEnum:
		v.at(Major)
		v.find(DropType, "drops enum type "+c.Enum.QName().String())
		v.find(ObjectRemoved, "the running application may use type "+c.Enum.QName().String())
	case diff.AlterEnum:
		alterEnum(&v, c)
	case diff.DropSequence:
		v.at(Major)
		v.find(DropSequence, "drops sequence "+c.Sequence.QName().String()+" and its position")
		v.find(ObjectRemoved, "the running application may call nextval on "+c.Sequence.QName().String())
	case diff.AlterSequence:
		alterSequence(&v, c)
	case diff.AddTable:
		v.at(Minor)
		if c.Table.PartitionOf != nil {
			if ctx.added["Table "+c.Table.PartitionOf.String()] == nil {
				v.find(PartitionParentLock, fmt.Sprintf("creating partition %s locks its parent %s", c.Table.QName(), c.Table.PartitionOf)).probe = sizeProbe(*c.Table.PartitionOf)
			}
		}
	case diff.DropTable:
		q := c.Table.QName()
		v.at(Major)
		v.find(DropTable, "drops table "+q.String()+" and its rows", "drop table").probe = rowsProbe(q)
		v.find(RelationRemoved, "the running application may read or write table "+q.String(), "drop table")
	case diff.AlterTable:
		ctx.alterTable(&v, c)
	case diff.AddColumn:
		ctx.addColumn(&v, c)
	case diff.DropColumn:
		col := columnName(c.Table, c.Column.Name)
		v.at(Major)
		v.find(DropColumn, "drops column "+col+" and its data").probe = rowsProbe(c.Table)
		v.find(ColumnRemoved, "the running application may read or write column "+col)
	case diff.AlterColumn:
		ctx.alterColumn(&v, c)
	case diff.AddConstraint:
		ctx.addConstraint(&v, c, object)
	case diff.DropConstraint:
		v.at(Minor)
		if k := c.Constraint.Kind; k == schema.PrimaryKey || k == schema.Unique {
			if add, ok := ctx.added["Constraint "+object].(diff.AddConstraint); !ok || !slices.Equal(add.Constraint.Columns, c.Constraint.Columns) {
				v.at(Major)
				v.find(UniquenessRemoved, fmt.Sprintf("drops %s %s on %s (%s)", k, schema.QuoteIdent(c.Constraint.Name), c.Table, strings.Join(c.Constraint.Columns, ", ")))
			}
		}
	case diff.AlterConstraint:
		alterConstraint(&v, c)
	case diff.AddIndex:
		ctx.addIndex(&v, c, object)
	case diff.DropIndex:
		v.at(Patch)
		if c.Index.Unique {
			if add, ok := ctx.added["Index "+object].(diff.AddIndex); !ok || !add.Index.Unique || !reflect.DeepEqual(add.Index.Keys, c.Index.Keys) {
				v.at(Major)
				v.find(UniquenessRemoved, fmt.Sprintf("drops unique index %s on %s", object, c.Table))
			}
		}
		if ctx.stepTransactional("drop index", object) {
			v.find(DropIndexLock, fmt.Sprintf("DROP INDEX %s locks %s ACCESS EXCLUSIVE", object, c.Table)).probe = sizeProbe(c.Table)
		}
	case diff.AlterIndex:
		v.at(Patch)
	case diff.AddStatistics, diff.DropStatistics, diff.AlterStatistics:
		// Extended statistics only inform the planner: no query names
		// them, so no application version can depend on them.
		v.at(Patch)
	case diff.DropView:
		q := c.View.QName()
		v.at(Major)
		if c.View.Materialized {
			v.find(DropMaterializedView, "drops materialized view "+q.String()+" and its contents")
		}
		v.find(RelationRemoved, "the running application may query view "+q.String())
	case diff.AlterView:
		alterView(&v, c)
	case diff.DropFunction:
		v.at(Major)
		v.find(ObjectRemoved, "the running application may call "+c.Function.Kind+" "+c.Function.Signature())
	case diff.AlterFunction:
		alterFunction(&v, c)
	case diff.AddTrigger, diff.DropTrigger, diff.AlterTrigger, diff.AddEventTrigger, diff.DropEventTrigger, diff.AlterEventTrigger:
		v.at(Minor) // behaviour on writes changes, no interface does
		if bitsAreComment(c) {
			v.class = Patch
		}
	case diff.AddPolicy:
		v.at(Minor)
		if c.Policy.Restrictive {
			v.at(Major)
			v.find(RowAccessNarrowed, "new restrictive policy "+schema.QuoteIdent(c.Policy.Name)+" on "+c.Policy.Schema+"."+c.Policy.Table+" hides or rejects rows")
		}
	case diff.DropPolicy:
		v.at(Minor)
		if !c.Policy.Restrictive {
			v.at(Major)
			v.find(RowAccessNarrowed, "dropping permissive policy "+schema.QuoteIdent(c.Policy.Name)+" removes access it granted")
		}
	case diff.AlterPolicy:
		if c.Change == diff.PolicyComment {
			v.at(Patch)
		} else {
			v.at(Major)
			v.find(RowAccessNarrowed, "policy "+schema.QuoteIdent(c.To.Name)+" changes which rows are visible or writable")
		}
	case diff.AlterRowSecurity:
		v.at(Minor)
		if c.To != nil && c.From != nil {
			q := c.To.QName().String()
			switch {
			case c.To.RowSecurity && !c.From.RowSecurity:
				v.at(Major)
				v.find(RowAccessNarrowed, "row-level security is turned on for "+q+": only rows a policy allows stay visible")
			case c.To.ForceRowSecurity && !c.From.ForceRowSecurity:
				v.at(Major)
				v.find(RowAccessNarrowed, "row-level security is forced for "+q+": the table owner too sees only rows a policy allows")
			}
		}
	case diff.AlterPrivileges:
		alterPrivileges(&v, c)
	case diff.AlterDefaultPrivileges:
		// Only objects created later are affected: no existing object
		// changes for the running application.
		v.at(Patch)
	case diff.DropDomain:
		dropType(&v, "domain "+c.Domain.QName().String())
	case diff.DropCompositeType:
		dropType(&v, "composite type "+c.Type.QName().String())
	case diff.DropRangeType:
		dropType(&v, "range type "+c.Type.QName().String())
	case diff.AlterDomain:
		alterDomain(&v, c)
	case diff.AlterCompositeType:
		v.at(Patch)
		if c.Change&diff.CompositeAttributes != 0 {
			v.at(Major)
			v.find(ColumnTypeVisible, "the attributes of composite type "+c.To.QName().String()+" change")
		}
	case diff.AlterRangeType:
		v.at(Patch)
		if c.Change&diff.RangeDefinition != 0 {
			v.at(Major)
			v.find(ColumnTypeVisible, "range type "+c.To.QName().String()+" is defined anew (dropped and created again)")
		}
	case diff.DropForeignTable:
		v.at(Major)
		v.find(RelationRemoved, "the running application may query foreign table "+c.Table.QName().String())
	case diff.AlterForeignTable:
		alterForeignTable(&v, c)
	default:
		judgeGeneric(&v, c)
	}
	return v
}

// judgeGeneric is the conservative default for kinds of change without a
// case of their own: an Add is Minor, a Drop is Major with an
// ObjectRemoved finding, an Alter whose change bits are only "comment" is
// Patch, and anything else is Major with an UnclassifiedChange finding.
func judgeGeneric(v *verdict, c diff.Change) {
	name := diff.ChangeName(c)
	switch {
	case strings.HasPrefix(name, "Add"):
		v.at(Minor)
	case strings.HasPrefix(name, "Drop"):
		v.at(Major)
		v.find(ObjectRemoved, "the running application may use what this drops: "+c.String())
	case bitsAreComment(c):
		v.at(Patch)
	default:
		v.at(Major)
		v.find(UnclassifiedChange, "lint has no rule for this change ("+c.String()+"); it is treated as MAJOR")
	}
}

// bitsAreComment reports whether c has a Change bit set whose description
// is exactly "comment" (or "comment, column comments").
func bitsAreComment(c diff.Change) bool {
	v := reflect.ValueOf(c)
	f := v.FieldByName("Change")
	if !f.IsValid() {
		return false
	}
	s, ok := f.Interface().(fmt.Stringer)
	if !ok {
		return false
	}
	for _, part := range strings.Split(s.String(), ", ") {
		if part != "comment" && part != "column comments" && part != "index comment" {
			return false
		}
	}
	return true
}

func columnName(t schema.QName, c string) string { return t.String() + "." + schema.QuoteIdent(c) }

// stepTransactional reports whether the step of the given kind on object
// runs in a transaction (false for CREATE/DROP INDEX CONCURRENTLY).
func (ctx *judgeContext) stepTransactional(kind, object string) bool {
	for _, s := range ctx.p.Steps {
		if s.Kind == kind && s.Object == object {
			return s.Transactional
		}
	}
	return true
}

func (ctx *judgeContext) alterExtension(v *verdict, c diff.AlterExtension) {
	v.at(Patch)
	if c.Change&diff.ExtensionVersion != 0 {
		v.at(Minor)
	}
	if c.Change&diff.ExtensionSchema != 0 {
		v.at(Major)
		v.find(ExtensionMoved, fmt.Sprintf("extension %s moves from schema %s to %s", c.To.Name, c.From.Schema, c.To.Schema))
	}
}

func alterEnum(v *verdict, c diff.AlterEnum) {
	v.at(Patch)
	if c.Change&diff.EnumValues == 0 {
		return
	}
	v.at(Minor)
	q := c.To.QName().String()
	var removed []string
	for _, x := range c.From.Values {
		if !slices.Contains(c.To.Values, x) {
			removed = append(removed, x)
		}
	}
	if len(removed) > 0 {
		v.at(Major)
		v.find(EnumValueRemoved, fmt.Sprintf("enum %s loses value(s) %s", q, strings.Join(removed, ", ")))
		v.find(EnumValueGone, fmt.Sprintf("the running application may still write %s into %s", strings.Join(removed, ", "), q))
	}
	if !c.Appendable() {
		v.find(EnumSwapRewrite, "enum "+q+" is replaced by a new type: every column of that type is rewritten")
	}
}

func alterSequence(v *verdict, c diff.AlterSequence) {
	v.at(Patch)
	if c.Change&(diff.SequenceIncrement|diff.SequenceCycle|diff.SequenceType|diff.SequenceMin|diff.SequenceMax) != 0 {
		v.at(Minor)
	}
	narrowed := c.Change&diff.SequenceType != 0 && intRank(c.To.Type) < intRank(c.From.Type) ||
		c.To.Max < c.From.Max || c.To.Min > c.From.Min
	if narrowed || c.Change&diff.SequenceStart != 0 {
		v.at(Major)
		v.find(SequenceNarrowed, fmt.Sprintf("sequence %s: range %d..%d -> %d..%d, start %d -> %d; a position outside the new range is restarted",
			c.To.QName(), c.From.Min, c.From.Max, c.To.Min, c.To.Max, c.From.Start, c.To.Start))
	}
}

func (ctx *judgeContext) alterTable(v *verdict, c diff.AlterTable) {
	q := c.To.QName()
	v.at(Patch)
	if c.Change&diff.TableUnlogged != 0 {
		v.find(PersistenceRewrite, fmt.Sprintf("table %s becomes %s: it is rewritten", q, map[bool]string{true: "UNLOGGED", false: "LOGGED"}[c.To.Unlogged])).probe = sizeProbe(q)
	}
	if c.Change&diff.TableAccessMethod != 0 {
		v.find(AccessMethodRewrite, fmt.Sprintf("table %s moves to access method %q: it is rewritten", q, c.To.AccessMethod)).probe = sizeProbe(q)
	}
	if c.Change&diff.TableInherits != 0 {
		v.at(Major)
		v.find(InheritanceChanged, fmt.Sprintf("table %s inherits from %s instead of %s", q, qnames(c.To.Inherits), qnames(c.From.Inherits)))
	}
	if c.Change&diff.TablePartition != 0 {
		switch {
		case c.From.PartitionOf != nil && c.To.PartitionOf == nil:
			v.at(Major)
			v.find(PartitionDetached, fmt.Sprintf("partition %s is detached from %s", q, c.From.PartitionOf), "detach partition")
			v.find(PartitionRowsGone, fmt.Sprintf("queries on %s no longer see the rows of %s", c.From.PartitionOf, q), "detach partition")
			v.find(PartitionParentLock, fmt.Sprintf("detaching %s locks %s", q, c.From.PartitionOf), "detach partition").probe = sizeProbe(*c.From.PartitionOf)
		case c.From.PartitionOf == nil && c.To.PartitionOf != nil:
			v.at(Minor)
			v.find(AttachPartition, fmt.Sprintf("attaching %s to %s scans it: every row must fit the bound", q, c.To.PartitionOf), "attach partition").probe = rowsProbe(q)
			v.find(PartitionParentLock, fmt.Sprintf("attaching %s locks %s", q, c.To.PartitionOf), "attach partition").probe = sizeProbe(*c.To.PartitionOf)
		default:
			v.at(Major)
			v.find(PartitionRowsGone, fmt.Sprintf("partition %s is detached and attached again with another bound", q), "detach partition")
			v.find(AttachPartition, fmt.Sprintf("attaching %s again scans it: every row must fit the new bound", q), "attach partition").probe = rowsProbe(q)
		}
	}
	if c.Change&diff.TableColumnOrder != 0 {
		v.at(Major)
		v.find(UnclassifiedChange, "the column order of "+q.String()+" changes, which PostgreSQL cannot do in place")
	}
}

func qnames(qs []schema.QName) string {
	if len(qs) == 0 {
		return "nothing"
	}
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = q.String()
	}
	return strings.Join(parts, ", ")
}

func (ctx *judgeContext) addColumn(v *verdict, c diff.AddColumn) {
	col := c.Column
	name := columnName(c.Table, col.Name)
	v.at(Minor)
	if col.NotNull && col.Default == "" && col.Identity == nil && col.Generated == "" {
		v.at(Major)
		v.find(NotNullColumnNoData, "adds NOT NULL column "+name+" without a default: it fails if "+c.Table.String()+" has any row").probe = rowsProbe(c.Table)
		v.find(RequiredColumn, "INSERTs of the running application do not set "+name+" and fail")
	}
	switch {
	case col.Identity != nil:
		v.find(ColumnRewrite, "adding identity column "+name+" rewrites "+c.Table.String()).probe = sizeProbe(c.Table)
	case col.Generated != "":
		v.find(ColumnRewrite, "adding generated column "+name+" rewrites "+c.Table.String()).probe = sizeProbe(c.Table)
	case col.Default != "" && volatile(col.Default):
		v.find(VolatileDefault, fmt.Sprintf("adding %s with volatile default %s rewrites %s", name, col.Default, c.Table)).probe = sizeProbe(c.Table)
	}
}

func (ctx *judgeContext) alterColumn(v *verdict, c diff.AlterColumn) {
	f, t := c.From, c.To
	name := columnName(c.Table, t.Name)
	v.at(Patch)
	if c.Change&diff.ColumnType != 0 {
		tc := classifyType(f.Type, t.Type)
		if tc.widening {
			v.at(Minor)
		} else {
			v.at(Major)
			v.find(ColumnTypeVisible, fmt.Sprintf("%s changes type %s -> %s", name, f.Type, t.Type), "alter column type")
		}
		if tc.lossy {
			v.find(LossyType, fmt.Sprintf("%s: %s -> %s can round or cut values", name, f.Type, t.Type), "alter column type").probe = rowsProbe(c.Table)
		}
		if tc.mayFail {
			v.find(CastMayFail, fmt.Sprintf("%s: converting %s to %s fails on any value that does not fit", name, f.Type, t.Type), "alter column type").probe = rowsProbe(c.Table)
		}
		if tc.rewrite {
			v.find(TypeRewrite, fmt.Sprintf("%s: %s -> %s rewrites %s and rebuilds its indexes", name, f.Type, t.Type, c.Table), "alter column type").probe = sizeProbe(c.Table)
		}
	}
	if c.Change&diff.ColumnCollation != 0 {
		v.at(Minor)
		if c.Change&diff.ColumnType == 0 {
			v.find(TypeRewrite, fmt.Sprintf("%s: collation %s -> %s rebuilds the indexes on it", name, orDefault(f.Collation), orDefault(t.Collation)), "alter column type").probe = sizeProbe(c.Table)
		}
	}
	if c.Change&diff.ColumnNotNull != 0 {
		if t.NotNull {
			v.at(Major)
			v.find(SetNotNull, "SET NOT NULL on "+name+" fails if any row holds NULL", "set not null").probe = nullsProbe(c.Table, t.Name)
			v.find(NotNullScan, "SET NOT NULL on "+name+" scans "+c.Table.String()+" under ACCESS EXCLUSIVE", "set not null").probe = sizeProbe(c.Table)
			v.find(ColumnRequired, "the running application may still write NULL into "+name, "set not null")
		} else {
			v.at(Minor)
		}
	}
	if c.Change&diff.ColumnDefault != 0 {
		v.at(Minor)
		if t.Default == "" && t.Identity == nil && t.Generated == "" {
			v.at(Major)
			p := v.find(DefaultRemoved, "the default of "+name+" is dropped: INSERTs that omit it get NULL", "drop default")
			if t.NotNull {
				p.message = "the default of NOT NULL column " + name + " is dropped: INSERTs that omit it fail"
			}
		}
	}
	if c.Change&diff.ColumnIdentity != 0 {
		v.at(Minor)
		switch {
		case t.Identity == nil:
			v.at(Major)
			v.find(DefaultRemoved, "the identity of "+name+" is dropped: INSERTs that omit it fail or get NULL", "drop identity")
		case t.Identity.Always && (f.Identity == nil || !f.Identity.Always):
			v.at(Major)
			v.find(ColumnNotWritable, name+" becomes GENERATED ALWAYS AS IDENTITY: INSERTs that give a value fail", "add identity", "set identity")
		case f.Identity != nil && f.Identity.Always == t.Identity.Always:
			v.class = max(v.class, Patch) // options only
		}
	}
	if c.Change&diff.ColumnGenerated != 0 {
		switch {
		case t.Generated == "":
			v.at(Minor)
		case f.Generated == "":
			v.at(Major)
			v.find(ColumnNotWritable, name+" becomes a generated column: writes to it fail")
			v.find(ColumnRewrite, name+" is recomputed for every row of "+c.Table.String()).probe = sizeProbe(c.Table)
		default:
			v.at(Minor)
			v.find(ColumnRewrite, name+" gets a new generation expression: every row of "+c.Table.String()+" is recomputed").probe = sizeProbe(c.Table)
		}
	}
}

func orDefault(s string) string {
	if s == "" {
		return "default"
	}
	return s
}

func (ctx *judgeContext) addConstraint(v *verdict, c diff.AddConstraint, object string) {
	con := c.Constraint
	cols := strings.Join(con.Columns, ", ")
	on := c.Table.String()
	if old, ok := ctx.dropped["Constraint "+object].(diff.DropConstraint); ok && relaxedOnly(old.Constraint, con) {
		v.at(Minor) // the same rule, no longer validated: nothing new to violate
		return
	}
	v.at(Major)
	switch con.Kind {
	case schema.PrimaryKey:
		v.find(AddPrimaryKey, fmt.Sprintf("primary key %s on %s (%s) fails on NULL or duplicate values", schema.QuoteIdent(con.Name), on, cols)).probe = dupProbe(c.Table, con.Columns, true)
		v.find(ConstraintIndexLock, fmt.Sprintf("the primary key index is built while %s is locked", on)).probe = sizeProbe(c.Table)
		v.find(NewUniqueness, fmt.Sprintf("the running application may write duplicate (%s) into %s", cols, on))
	case schema.Unique:
		v.find(AddUnique, fmt.Sprintf("unique constraint %s on %s (%s) fails on duplicate values", schema.QuoteIdent(con.Name), on, cols)).probe = dupProbe(c.Table, con.Columns, false)
		v.find(ConstraintIndexLock, fmt.Sprintf("the unique index is built while %s is locked", on)).probe = sizeProbe(c.Table)
		v.find(NewUniqueness, fmt.Sprintf("the running application may write duplicate (%s) into %s", cols, on))
	case schema.Check:
		if !con.NotValid {
			v.find(AddCheck, fmt.Sprintf("check %s on %s fails if a row violates %s", schema.QuoteIdent(con.Name), on, con.Expr)).probe = checkProbe(c.Table, con.Expr)
			v.find(CheckScan, fmt.Sprintf("check %s scans %s under ACCESS EXCLUSIVE", schema.QuoteIdent(con.Name), on)).probe = sizeProbe(c.Table)
		}
		v.find(NewConstraint, fmt.Sprintf("the running application may write rows that violate %s", con.Expr))
	case schema.ForeignKey:
		ref := ""
		if con.RefTable != nil {
			ref = con.RefTable.String()
		}
		if !con.NotValid {
			p := v.find(AddForeignKey, fmt.Sprintf("foreign key %s on %s (%s) fails if a row has no match in %s", schema.QuoteIdent(con.Name), on, cols, ref))
			p.probe = rowsProbe(c.Table)
			if con.RefTable != nil && con.Match == "" && len(con.RefColumns) == len(con.Columns) {
				p.probe = orphansProbe(c.Table, con.Columns, *con.RefTable, con.RefColumns)
			}
		}
		v.find(ForeignKeyLock, fmt.Sprintf("foreign key %s locks %s and %s", schema.QuoteIdent(con.Name), on, ref)).probe = sizeProbe(c.Table)
		v.find(NewConstraint, fmt.Sprintf("the running application may write (%s) values missing from %s", cols, ref))
	case schema.Exclude:
		v.find(AddExclusion, fmt.Sprintf("exclusion constraint %s on %s fails on conflicting rows", schema.QuoteIdent(con.Name), on)).probe = rowsProbe(c.Table)
		v.find(ConstraintIndexLock, fmt.Sprintf("the exclusion index is built while %s is locked", on)).probe = sizeProbe(c.Table)
		v.find(NewConstraint, "the running application may write conflicting rows into "+on)
	default:
		v.find(UnclassifiedChange, "lint has no rule for "+con.Kind+" constraints")
	}
}

// relaxedOnly reports whether constraint b is a with NOT VALID set (and
// perhaps other comments): the same rule, checked on new rows only.
func relaxedOnly(a, b *schema.Constraint) bool {
	x, y := *a, *b
	x.Comment, y.Comment, x.IndexComment, y.IndexComment = "", "", "", ""
	x.NotValid = true
	return y.NotValid && reflect.DeepEqual(x, y)
}

func alterConstraint(v *verdict, c diff.AlterConstraint) {
	v.at(Patch)
	if c.Change&diff.ConstraintValidate != 0 {
		p := v.find(ValidateConstraint, fmt.Sprintf("VALIDATE CONSTRAINT %s on %s fails if a row violates it", schema.QuoteIdent(c.To.Name), c.Table), "validate constraint")
		p.probe = rowsProbe(c.Table)
		switch con := c.To; {
		case con.Kind == schema.Check:
			p.probe = checkProbe(c.Table, con.Expr)
		case con.Kind == schema.ForeignKey && con.RefTable != nil && con.Match == "" && len(con.RefColumns) == len(con.Columns):
			p.probe = orphansProbe(c.Table, con.Columns, *con.RefTable, con.RefColumns)
		}
		v.find(ValidateScan, fmt.Sprintf("VALIDATE CONSTRAINT %s scans %s", schema.QuoteIdent(c.To.Name), c.Table), "validate constraint").probe = sizeProbe(c.Table)
	}
	if c.Change&diff.ConstraintDeferrable != 0 {
		v.at(Minor)
	}
}

func (ctx *judgeContext) addIndex(v *verdict, c diff.AddIndex, object string) {
	v.at(Patch)
	if c.Index.Unique {
		v.at(Major)
		cols := indexColumns(c.Index)
		v.find(AddUnique, fmt.Sprintf("unique index %s on %s fails on duplicate values", object, c.Table)).probe = dupProbe(c.Table, cols, false)
		v.find(NewUniqueness, "the running application may write duplicates into "+c.Table.String())
	}
	if ctx.stepTransactional("create index", object) {
		v.find(IndexNotConcurrent, fmt.Sprintf("CREATE INDEX %s blocks writes to %s while it is built", object, c.Table), "create index").probe = sizeProbe(c.Table)
	}
}

// indexColumns returns the plain column keys of i, or nil when a key is
// an expression or the index is partial (no simple duplicate query).
func indexColumns(i *schema.Index) []string {
	if i.Where != "" {
		return nil
	}
	var cols []string
	for _, k := range i.Keys {
		if k.Column == "" {
			return nil
		}
		cols = append(cols, k.Column)
	}
	return cols
}

func alterView(v *verdict, c diff.AlterView) {
	v.at(Patch)
	if c.Change&^(diff.ViewComment|diff.ViewColumnComments|diff.ViewIndexes) != 0 {
		v.at(Minor)
	}
	if c.Change&diff.ViewColumns != 0 {
		v.at(Major)
		v.find(ViewColumnsChanged, "the columns of view "+c.To.QName().String()+" change")
	}
}

func alterFunction(v *verdict, c diff.AlterFunction) {
	v.at(Patch)
	if c.Change&^(diff.FunctionComment|diff.FunctionCost|diff.FunctionRows|diff.FunctionParallel|diff.FunctionLeakproof|diff.FunctionSupport) != 0 {
		v.at(Minor)
	}
	if c.Change&(diff.FunctionKind|diff.FunctionResult|diff.FunctionArgNames|diff.FunctionArgDefaults|diff.FunctionAggregate) != 0 {
		v.at(Major)
		v.find(FunctionInterface, c.To.Kind+" "+c.To.Signature()+" changes its interface: "+c.Change.String())
	}
}

func alterPrivileges(v *verdict, c diff.AlterPrivileges) {
	v.at(Patch)
	lost := lostPrivileges(c.From, c.To)
	for _, g := range c.ToRevokes {
		if !containsGrant(c.FromRevokes, g) {
			lost = append(lost, g.Grantee+": "+strings.Join(g.Privileges, ", "))
		}
	}
	if len(lost) > 0 {
		v.at(Major)
		v.find(PrivilegesRevoked, c.Object.String()+" loses privileges: "+strings.Join(lost, "; "))
	}
}

// lostPrivileges lists, per grantee, the privileges of from that to lacks.
func lostPrivileges(from, to []schema.Grant) []string {
	have := map[string]bool{}
	for _, g := range to {
		for _, p := range g.Privileges {
			have[g.Grantee+"\x00"+p] = true
		}
	}
	var out []string
	for _, g := range from {
		var lost []string
		for _, p := range g.Privileges {
			if !have[g.Grantee+"\x00"+p] && !have[g.Grantee+"\x00"+schema.AllPrivileges] {
				lost = append(lost, p)
			}
		}
		if len(lost) > 0 {
			out = append(out, g.Grantee+": "+strings.Join(lost, ", "))
		}
	}
	return out
}

func containsGrant(list []schema.Grant, g schema.Grant) bool {
	for _, x := range list {
		if reflect.DeepEqual(x, g) {
			return true
		}
	}
	return false
}

func dropType(v *verdict, what string) {
	v.at(Major)
	v.find(DropType, "drops "+what)
	v.find(ObjectRemoved, "the running application may use "+what)
}

func alterDomain(v *verdict, c diff.AlterDomain) {
	q := c.To.QName().String()
	v.at(Patch)
	if c.Change&diff.DomainDefault != 0 {
		v.at(Minor)
	}
	if c.Recreate() {
		v.at(Major)
		v.find(ColumnTypeVisible, "domain "+q+" changes its base type or collation (dropped and created again)")
	}
	if c.Change&diff.DomainNotNull != 0 && c.To.NotNull {
		v.at(Major)
		v.find(SetNotNull, "domain "+q+" becomes NOT NULL: every column of that type is checked and NULLs make it fail")
		v.find(ColumnRequired, "the running application may still write NULL into columns of domain "+q)
	}
	if c.Change&diff.DomainChecks != 0 {
		v.at(Minor)
	}
	if c.Change&diff.DomainChecks != 0 && newChecks(c.From.Checks, c.To.Checks) {
		v.at(Major)
		v.find(AddCheck, "the checks of domain "+q+" change: every column of that type is checked against new ones")
		v.find(NewConstraint, "the running application may write values the new checks of "+q+" reject")
	}
}

func alterForeignTable(v *verdict, c diff.AlterForeignTable) {
	q := c.To.QName()
	v.at(Patch)
	if c.Change&^diff.ForeignComment != 0 || len(c.Added) > 0 {
		v.at(Minor)
	}
	for _, col := range c.Dropped {
		v.at(Major)
		v.find(ColumnRemoved, "the running application may read column "+columnName(q, col.Name)+" of foreign table "+q.String())
	}
	for _, a := range c.Altered {
		switch {
		case a.Change&diff.ForeignType != 0:
			v.at(Major)
			v.find(ColumnTypeVisible, fmt.Sprintf("%s changes type %s -> %s", columnName(q, a.To.Name), a.From.Type, a.To.Type))
		case a.Change&diff.ForeignNotNull != 0 && a.To.NotNull:
			v.at(Major)
			v.find(ColumnRequired, "the running application may still write NULL into "+columnName(q, a.To.Name))
		case a.Change&^diff.ForeignComment != 0:
			v.at(Minor)
		}
	}
}

// newChecks reports whether to has a domain check that from has not.
func newChecks(from, to []*schema.DomainCheck) bool {
	for _, b := range to {
		found := false
		for _, a := range from {
			if reflect.DeepEqual(*a, *b) {
				found = true
			}
		}
		if !found {
			return true
		}
	}
	return false
}
