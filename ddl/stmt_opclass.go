package ddl

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// opclassState holds the operator families and classes, by Key.
type opclassState struct {
	families map[string]*schema.OperatorFamily
	classes  map[string]*schema.OperatorClass
}

// opc returns the state's operator families and classes, created on first
// use.
func (st *state) opc() *opclassState {
	if st.opclasses == nil {
		st.opclasses = &opclassState{families: map[string]*schema.OperatorFamily{}, classes: map[string]*schema.OperatorClass{}}
	}
	return st.opclasses
}

// addTo appends the families and classes of o to db; o may be nil.
func (o *opclassState) addTo(db *schema.Database) {
	if o == nil {
		return
	}
	for _, f := range o.families {
		db.OperatorFamilies = append(db.OperatorFamilies, f)
	}
	for _, c := range o.classes {
		db.OperatorClasses = append(db.OperatorClasses, c)
	}
}

// forgetSchema removes the families and classes of schema name (DROP
// SCHEMA ... CASCADE).
func (o *opclassState) forgetSchema(name string) {
	if o == nil {
		return
	}
	for k, f := range o.families {
		if f.Schema == name {
			o.dropFamily(f)
			delete(o.families, k)
		}
	}
	for k, c := range o.classes {
		if c.Schema == name {
			delete(o.classes, k)
		}
	}
}

// dropFamily removes family f's classes (a class depends on its family).
func (o *opclassState) dropFamily(f *schema.OperatorFamily) {
	fam := f.QName().String()
	for k, c := range o.classes {
		if c.Method == f.Method && c.Family == fam {
			delete(o.classes, k)
		}
	}
}

// knownMethods are the index access methods PostgreSQL has built in.
var knownMethods = []string{"btree", "hash", "gist", "gin", "spgist", "brin"}

// checkMethod checks that am names an index access method.
func checkMethod(am string) error {
	if !slices.Contains(knownMethods, am) {
		return fmt.Errorf("access method %q does not exist", am)
	}
	return nil
}

// family finds the family am/names: the given schema, else the first
// schema of search_path that has it.
func (st *state) family(am string, names []*pg_query.Node) (*schema.OperatorFamily, error) {
	sch, name := splitName(names)
	for _, s := range st.searchSchemas(sch) {
		if f := st.opc().families[(&schema.OperatorFamily{Schema: s, Name: name, Method: am}).Key()]; f != nil {
			return f, nil
		}
	}
	return nil, fmt.Errorf("operator family %s does not exist for access method %q", displayName(sch, name), am)
}

// class finds the class am/names as family does.
func (st *state) class(am string, names []*pg_query.Node) (*schema.OperatorClass, error) {
	sch, name := splitName(names)
	for _, s := range st.searchSchemas(sch) {
		if c := st.opc().classes[(&schema.OperatorClass{Schema: s, Name: name, Method: am}).Key()]; c != nil {
			return c, nil
		}
	}
	return nil, fmt.Errorf("operator class %s does not exist for access method %q", displayName(sch, name), am)
}

// createOpFamily applies CREATE OPERATOR FAMILY name USING am.
func (p *parser) createOpFamily(s *pg_query.CreateOpFamilyStmt) error {
	if err := checkMethod(s.Amname); err != nil {
		return err
	}
	sch, name := splitName(s.Opfamilyname)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	f := &schema.OperatorFamily{Schema: q.Schema, Name: q.Name, Method: s.Amname}
	if p.st.opc().families[f.Key()] != nil {
		return fmt.Errorf("operator family %s for access method %q already exists", schema.QuoteIdent(q.Name), s.Amname)
	}
	p.st.opc().families[f.Key()] = f
	return nil
}

// member is one OPERATOR or FUNCTION item, resolved.
type member struct {
	op *schema.OpFamilyOperator
	fn *schema.OpFamilyFunction
}

// createOpClass applies CREATE OPERATOR CLASS name [DEFAULT] FOR TYPE t
// USING am [FAMILY f] AS items. Without FAMILY the class goes into the
// family of its own name, which is created when it does not exist. Each
// member is tied to the class or left to the family as PostgreSQL decides
// (see tiedTo).
func (p *parser) createOpClass(s *pg_query.CreateOpClassStmt) error {
	if err := checkMethod(s.Amname); err != nil {
		return err
	}
	sch, name := splitName(s.Opclassname)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	typ, err := canonicalType(s.Datatype, p.st)
	if err != nil {
		return err
	}
	c := &schema.OperatorClass{Schema: q.Schema, Name: q.Name, Method: s.Amname, Type: typ, Default: s.IsDefault}
	o := p.st.opc()
	if o.classes[c.Key()] != nil {
		return fmt.Errorf("operator class %s for access method %q already exists", schema.QuoteIdent(q.Name), s.Amname)
	}
	if c.Default {
		for _, x := range o.classes {
			if x.Default && x.Method == c.Method && x.Type == c.Type {
				return fmt.Errorf("could not make operator class %s be default for type %s: operator class %s already is the default",
					schema.QuoteIdent(q.Name), typ, schema.QuoteIdent(x.Name))
			}
		}
	}
	var fam *schema.OperatorFamily
	var newFamily bool
	if len(s.Opfamilyname) > 0 {
		if fam, err = p.st.family(s.Amname, s.Opfamilyname); err != nil {
			return err
		}
	} else {
		fam = o.families[(&schema.OperatorFamily{Schema: q.Schema, Name: q.Name, Method: s.Amname}).Key()]
		if fam == nil {
			fam = &schema.OperatorFamily{Schema: q.Schema, Name: q.Name, Method: s.Amname}
			newFamily = true
		}
	}
	c.Family = fam.QName().String()
	var members []member
	for _, n := range s.Items {
		it := n.GetCreateOpClassItem()
		switch it.Itemtype {
		case 3: // STORAGE
			st, err := canonicalType(it.Storedtype, p.st)
			if err != nil {
				return err
			}
			if c.Storage != "" {
				return fmt.Errorf("operator class %s: storage type specified more than once", schema.QuoteIdent(q.Name))
			}
			if st != typ {
				if s.Amname == "btree" || s.Amname == "hash" {
					return fmt.Errorf("operator class %s: storage type cannot be different from data type for access method %q", schema.QuoteIdent(q.Name), s.Amname)
				}
				c.Storage = st
			}
		default:
			m, err := p.opclassItem(s.Amname, typ, it, false)
			if err != nil {
				return fmt.Errorf("operator class %s: %w", schema.QuoteIdent(q.Name), err)
			}
			members = append(members, m)
		}
	}
	if newFamily {
		o.families[fam.Key()] = fam
	}
	o.classes[c.Key()] = c
	for _, m := range members {
		if err := p.st.addMember(fam, c, m); err != nil {
			return fmt.Errorf("operator class %s: %w", schema.QuoteIdent(q.Name), err)
		}
	}
	return nil
}

// alterOpFamily applies ALTER OPERATOR FAMILY name USING am ADD|DROP items.
// RENAME, OWNER TO and SET SCHEMA come as other statements.
func (p *parser) alterOpFamily(s *pg_query.AlterOpFamilyStmt) error {
	if err := checkMethod(s.Amname); err != nil {
		return err
	}
	f, err := p.st.family(s.Amname, s.Opfamilyname)
	if err != nil {
		return err
	}
	for _, n := range s.Items {
		it := n.GetCreateOpClassItem()
		if it.Itemtype == 3 {
			return fmt.Errorf("STORAGE cannot be specified in ALTER OPERATOR FAMILY")
		}
		if s.IsDrop {
			if err := p.dropMember(f, it); err != nil {
				return err
			}
			continue
		}
		m, err := p.opclassItem(s.Amname, "", it, true)
		if err != nil {
			return fmt.Errorf("operator family %s: %w", f.QName(), err)
		}
		if err := p.st.addMember(f, nil, m); err != nil {
			return fmt.Errorf("operator family %s: %w", f.QName(), err)
		}
	}
	return nil
}

// opclassItem resolves one OPERATOR or FUNCTION item of CREATE OPERATOR
// CLASS (typ is the class's type) or of ALTER OPERATOR FAMILY ... ADD
// (typ "": the types must be given).
func (p *parser) opclassItem(am, typ string, it *pg_query.CreateOpClassItem, inFamily bool) (member, error) {
	var classArgs []string
	for _, a := range it.ClassArgs {
		t, err := canonicalType(a.GetTypeName(), p.st)
		if err != nil {
			return member{}, err
		}
		classArgs = append(classArgs, t)
	}
	if it.Number <= 0 {
		return member{}, fmt.Errorf("invalid operator or function number %d, must be positive", it.Number)
	}
	owa := it.GetName()
	switch it.Itemtype {
	case 1: // OPERATOR
		if max := map[string]int32{"btree": 5, "hash": 1}[am]; max > 0 && it.Number > max {
			return member{}, fmt.Errorf("invalid operator number %d, must be between 1 and %d", it.Number, max)
		}
		if len(classArgs) > 0 {
			return member{}, fmt.Errorf("operator argument types must be given after the operator name, not before")
		}
		left, right := typ, typ
		if len(owa.Objargs) == 2 {
			var err error
			if left, err = canonicalType(owa.Objargs[0].GetTypeName(), p.st); err != nil {
				return member{}, err
			}
			if right, err = canonicalType(owa.Objargs[1].GetTypeName(), p.st); err != nil {
				return member{}, err
			}
		} else if inFamily {
			return member{}, fmt.Errorf("operator argument types must be specified in ALTER OPERATOR FAMILY")
		}
		op := &schema.OpFamilyOperator{Strategy: int(it.Number), Left: left, Right: right,
			Operator: p.st.opclassOperator(owa.Objname, left, right)}
		if len(it.OrderFamily) > 0 {
			f, err := p.st.family("btree", it.OrderFamily)
			if err != nil {
				sch, name := splitName(it.OrderFamily)
				if sch != "" && sch != "pg_catalog" {
					return member{}, err
				}
				// A built-in btree family.
				f = &schema.OperatorFamily{Schema: "pg_catalog", Name: name}
			}
			if am == "btree" || am == "hash" {
				return member{}, fmt.Errorf("access method %q does not support ordering operators", am)
			}
			op.OrderBy = f.QName().String()
		}
		return member{op: op}, nil
	case 2: // FUNCTION
		sig, args, err := p.st.opclassFunction(owa)
		if err != nil {
			return member{}, err
		}
		fn := &schema.OpFamilyFunction{Number: int(it.Number), Function: sig}
		switch len(classArgs) {
		case 1:
			fn.Left, fn.Right = classArgs[0], classArgs[0]
		case 2:
			fn.Left, fn.Right = classArgs[0], classArgs[1]
		default:
			fn.Left, fn.Right = defaultProcTypes(am, fn.Number, args, typ)
		}
		if fn.Left == "" || fn.Right == "" {
			return member{}, fmt.Errorf("associated data types must be specified for index support function %d", fn.Number)
		}
		return member{fn: fn}, nil
	}
	return member{}, fmt.Errorf("unrecognized item type %d", it.Itemtype)
}

// defaultProcTypes returns the types a support function is registered for
// when the item names none, as PostgreSQL's assignProcTypes infers them:
// from the function's arguments for btree comparison (1) and in_range (3)
// and hash (1, 2) functions, else the class's type (typ; "" in ALTER
// OPERATOR FAMILY).
func defaultProcTypes(am string, number int, args []string, typ string) (string, string) {
	switch {
	case am == "btree" && number == 1 && len(args) == 2:
		return args[0], args[1]
	case am == "btree" && number == 3 && len(args) == 5:
		return args[0], args[2]
	case am == "hash" && (number == 1 || number == 2) && len(args) >= 1:
		return args[0], args[0]
	}
	return typ, typ
}

// opclassOperator spells the operator an OPERATOR item names as
// "schema.op": the given schema, else the first schema of search_path
// with a modeled operator of that name and operand types, else
// pg_catalog (a built-in operator).
func (st *state) opclassOperator(names []*pg_query.Node, left, right string) string {
	sch, name := splitName(names)
	if sch == "" && st.udt != nil {
		for _, s := range st.path() {
			k := (&schema.Operator{Schema: s, Name: name, Left: left, Right: right}).Signature()
			if st.udt.operators[k] != nil {
				sch = s
				break
			}
		}
	}
	if sch == "" {
		sch = "pg_catalog"
	}
	return schema.QuoteIdent(sch) + "." + name
}

// opclassFunction resolves the function a FUNCTION item names: its
// signature and argument types. Without an argument list the function
// must be a modeled one, unique by name.
func (st *state) opclassFunction(owa *pg_query.ObjectWithArgs) (string, []string, error) {
	if !owa.ArgsUnspecified {
		var args []string
		for _, a := range owa.Objargs {
			t, err := canonicalType(a.GetTypeName(), st)
			if err != nil {
				return "", nil, err
			}
			args = append(args, t)
		}
		sig, err := st.functionSignature(owa, nil)
		return sig, args, err
	}
	sch, name := splitName(owa.Objname)
	q := st.functionQName(sch, name)
	var found *schema.Function
	for _, f := range st.funcs {
		if f.Schema == q.Schema && f.Name == q.Name {
			if found != nil {
				return "", nil, fmt.Errorf("function name %s is not unique: give its argument types", q)
			}
			found = f
		}
	}
	if found == nil {
		return "", nil, fmt.Errorf("function %s: give its argument types", q)
	}
	var args []string
	for _, a := range found.Args {
		if a.Mode == schema.ArgIn || a.Mode == schema.ArgInOut || a.Mode == schema.ArgVariadic {
			args = append(args, a.Type)
		}
	}
	return signature(q, args), args, nil
}

// addMember adds m to family f: to the class it is tied to (see tiedTo),
// else to the family itself. creating is the class CREATE OPERATOR CLASS
// is creating; nil in ALTER OPERATOR FAMILY.
func (st *state) addMember(f *schema.OperatorFamily, creating *schema.OperatorClass, m member) error {
	classes := st.familyClasses(f)
	for _, holder := range append([]memberHolder{{&f.Operators, &f.Functions}}, classesHolders(classes)...) {
		for _, x := range *holder.ops {
			if m.op != nil && x.Strategy == m.op.Strategy && x.Left == m.op.Left && x.Right == m.op.Right {
				return fmt.Errorf("operator %d(%s,%s) already exists in operator family %s", x.Strategy, x.Left, x.Right, f.QName())
			}
			if m.op != nil && x.Operator == m.op.Operator && x.Left == m.op.Left && x.Right == m.op.Right && (x.OrderBy == "") == (m.op.OrderBy == "") {
				return fmt.Errorf("operator %s(%s,%s) is already in operator family %s", x.Operator, x.Left, x.Right, f.QName())
			}
		}
		for _, x := range *holder.fns {
			if m.fn != nil && x.Number == m.fn.Number && x.Left == m.fn.Left && x.Right == m.fn.Right {
				return fmt.Errorf("function %d(%s,%s) already exists in operator family %s", x.Number, x.Left, x.Right, f.QName())
			}
		}
	}
	c := tiedTo(f.Method, creating, classes, m)
	switch {
	case c != nil && m.op != nil:
		c.Operators = append(c.Operators, m.op)
	case c != nil:
		c.Functions = append(c.Functions, m.fn)
	case m.op != nil:
		f.Operators = append(f.Operators, m.op)
	default:
		f.Functions = append(f.Functions, m.fn)
	}
	return nil
}

// memberHolder points at one list pair of members.
type memberHolder struct {
	ops *[]*schema.OpFamilyOperator
	fns *[]*schema.OpFamilyFunction
}

func classesHolders(cs []*schema.OperatorClass) []memberHolder {
	out := make([]memberHolder, 0, len(cs))
	for _, c := range cs {
		out = append(out, memberHolder{&c.Operators, &c.Functions})
	}
	return out
}

// familyClasses returns the classes of family f, sorted by name.
func (st *state) familyClasses(f *schema.OperatorFamily) []*schema.OperatorClass {
	fam := f.QName().String()
	var out []*schema.OperatorClass
	for _, c := range st.opc().classes {
		if c.Method == f.Method && c.Family == fam {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *schema.OperatorClass) int { return strings.Compare(a.Key(), b.Key()) })
	return out
}

// tiedTo returns the class a new member of a family of method am is tied
// to (its pg_depend entry points at the class, and it goes away with
// it), nil when it belongs to the family itself, as PostgreSQL 14 and
// later decide (the amadjustmembers of each method):
//
//   - btree and hash: operators and the required support function (btree
//     1, hash 1) whose two types are equal are tied to the class of the
//     family for that type (the one being created, else an existing one);
//     cross-type members, other support functions, and members for which
//     the family has no class belong to the family;
//   - gist, gin and spgist: operators and optional support functions
//     belong to the family; required support functions (gist 1, 2, 5, 6,
//     7; gin 2, 3; spgist 1 to 5) to the class being created;
//   - other methods (brin): every member of CREATE OPERATOR CLASS is tied
//     to the class, every member added by ALTER OPERATOR FAMILY belongs to
//     the family.
func tiedTo(am string, creating *schema.OperatorClass, classes []*schema.OperatorClass, m member) *schema.OperatorClass {
	isFunc, number, left, right := m.fn != nil, 0, "", ""
	if isFunc {
		number, left, right = m.fn.Number, m.fn.Left, m.fn.Right
	} else {
		left, right = m.op.Left, m.op.Right
	}
	switch am {
	case "btree", "hash":
		if creating != nil && ClassTakesMember(creating, isFunc, number, left, right) {
			return creating
		}
		for _, c := range classes {
			if ClassTakesMember(c, isFunc, number, left, right) {
				return c
			}
		}
		return nil
	case "gist", "gin", "spgist":
		if !isFunc {
			return nil
		}
		required := map[string][]int{"gist": {1, 2, 5, 6, 7}, "gin": {2, 3}, "spgist": {1, 2, 3, 4, 5}}[am]
		if slices.Contains(required, number) {
			return creating
		}
		return nil
	}
	return creating
}

// ClassTakesMember reports whether an existing btree or hash class c ties
// to itself a member that ALTER OPERATOR FAMILY ... ADD adds to its
// family (an operator, or support function number when isFunc): a
// same-type operator or required support function (btree 1, hash 1) for
// c's type. Classes of other methods never take such members.
func ClassTakesMember(c *schema.OperatorClass, isFunc bool, number int, left, right string) bool {
	if c.Method != "btree" && c.Method != "hash" {
		return false
	}
	if isFunc && number != 1 {
		return false
	}
	return left == right && c.Type == left
}

// dropMember applies one item of ALTER OPERATOR FAMILY ... DROP: OPERATOR
// n (left, right) or FUNCTION n (left, right). A member tied to a class
// cannot be dropped this way.
func (p *parser) dropMember(f *schema.OperatorFamily, it *pg_query.CreateOpClassItem) error {
	var types []string
	for _, a := range it.ClassArgs {
		t, err := canonicalType(a.GetTypeName(), p.st)
		if err != nil {
			return err
		}
		types = append(types, t)
	}
	if len(types) == 1 {
		types = append(types, types[0])
	}
	if len(types) != 2 {
		return fmt.Errorf("ALTER OPERATOR FAMILY DROP: give the member's types")
	}
	word := "operator"
	if it.Itemtype == 2 {
		word = "function"
	}
	for _, c := range p.st.familyClasses(f) {
		if hasMember(c.Operators, c.Functions, it.Itemtype == 2, int(it.Number), types) >= 0 {
			return fmt.Errorf("cannot drop %s %d (%s, %s) of operator family %s: operator class %s requires it; drop the class instead",
				word, it.Number, types[0], types[1], f.QName(), c.QName())
		}
	}
	i := hasMember(f.Operators, f.Functions, it.Itemtype == 2, int(it.Number), types)
	if i < 0 {
		return fmt.Errorf("%s %d(%s,%s) does not exist in operator family %s", word, it.Number, types[0], types[1], f.QName())
	}
	if it.Itemtype == 2 {
		f.Functions = slices.Delete(f.Functions, i, i+1)
	} else {
		f.Operators = slices.Delete(f.Operators, i, i+1)
	}
	return nil
}

// hasMember returns the index of the member number/types in ops (isFunc
// false) or fns, -1 when there is none.
func hasMember(ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction, isFunc bool, number int, types []string) int {
	if isFunc {
		return slices.IndexFunc(fns, func(x *schema.OpFamilyFunction) bool {
			return x.Number == number && x.Left == types[0] && x.Right == types[1]
		})
	}
	return slices.IndexFunc(ops, func(x *schema.OpFamilyOperator) bool {
		return x.Strategy == number && x.Left == types[0] && x.Right == types[1]
	})
}

// opclassObject splits the object of DROP / COMMENT ON OPERATOR CLASS or
// FAMILY: the method, then the name.
func opclassObject(n *pg_query.Node) (string, []*pg_query.Node) {
	items := n.GetList().GetItems()
	if len(items) == 0 {
		return "", nil
	}
	return strVal(items[0]), items[1:]
}

// dropOpClass applies DROP OPERATOR CLASS name USING am [IF EXISTS]: the
// class goes with the members tied to it; its family stays.
func (p *parser) dropOpClass(n *pg_query.Node, missingOK bool) error {
	am, names := opclassObject(n)
	c, err := p.st.class(am, names)
	if err != nil {
		if missingOK {
			return nil
		}
		return err
	}
	if u := p.st.opclassUser(c); u != "" {
		return fmt.Errorf("cannot drop operator class %s because %s depends on it; drop it first", c.QName(), u)
	}
	delete(p.st.opc().classes, c.Key())
	return nil
}

// dropOpFamily applies DROP OPERATOR FAMILY name USING am [IF EXISTS]: the
// family goes with its classes and members.
func (p *parser) dropOpFamily(n *pg_query.Node, missingOK bool) error {
	am, names := opclassObject(n)
	f, err := p.st.family(am, names)
	if err != nil {
		if missingOK {
			return nil
		}
		return err
	}
	for _, c := range p.st.familyClasses(f) {
		if u := p.st.opclassUser(c); u != "" {
			return fmt.Errorf("cannot drop operator family %s because %s depends on its class %s; drop it first", f.QName(), u, c.QName())
		}
	}
	p.st.opc().dropFamily(f)
	delete(p.st.opc().families, f.Key())
	return nil
}

// opclassUser describes an index, or a primary key, unique or exclusion
// constraint, whose key uses class c ("index public.t_a", "constraint
// t_b_excl on table public.t"); "" when none does.
func (st *state) opclassUser(c *schema.OperatorClass) string {
	name := c.QName().String()
	uses := func(t *schema.Table, method string, k schema.IndexKey) bool {
		if method == "" {
			method = "btree"
		}
		if method != c.Method {
			return false
		}
		cls, _, _ := strings.Cut(k.OpClass, " ")
		return cls == name || (k.OpClass == "" && c.Default && st.keyType(t, k) == c.Type)
	}
	for _, tb := range st.allTables() {
		for _, i := range tb.t.Indexes {
			for _, k := range i.Keys {
				if uses(tb.t, i.Method, k) {
					return "index " + schema.QName{Schema: tb.t.Schema, Name: i.Name}.String()
				}
			}
		}
		for _, con := range tb.constraints() {
			var keys []schema.IndexKey
			method := "btree"
			switch con.Kind {
			case schema.Exclude:
				keys, method = ElementKeys(con.Elements), con.Method
			case schema.PrimaryKey, schema.Unique:
				for _, col := range con.Columns {
					keys = append(keys, schema.IndexKey{Column: col})
				}
			}
			for _, k := range keys {
				if uses(tb.t, method, k) {
					return "constraint " + schema.QuoteIdent(con.Name) + " on table " + tb.t.QName().String()
				}
			}
		}
	}
	return ""
}

// keyType returns the type of a column key of t, "" for an expression.
func (st *state) keyType(t *schema.Table, k schema.IndexKey) string {
	if k.Column == "" {
		return ""
	}
	if c := t.Column(k.Column); c != nil {
		return c.Type
	}
	return ""
}

// commentOpClass applies COMMENT ON OPERATOR CLASS name USING am.
func (p *parser) commentOpClass(s *pg_query.CommentStmt) error {
	am, names := opclassObject(s.Object)
	c, err := p.st.class(am, names)
	if err != nil {
		return err
	}
	c.Comment = s.Comment
	return nil
}

// commentOpFamily applies COMMENT ON OPERATOR FAMILY name USING am.
func (p *parser) commentOpFamily(s *pg_query.CommentStmt) error {
	am, names := opclassObject(s.Object)
	f, err := p.st.family(am, names)
	if err != nil {
		return err
	}
	f.Comment = s.Comment
	return nil
}

// userOpclass spells an operator class an index key names, when it is a
// modeled one: "" when it is the default class of method for keyType,
// else schema-qualified; ok is false when no modeled class has that name.
func (st *state) userOpclass(sch, name, method, keyType string) (string, bool) {
	if st.opclasses == nil {
		return "", false
	}
	if method == "" {
		method = "btree"
	}
	for _, s := range st.searchSchemas(sch) {
		c := st.opclasses.classes[(&schema.OperatorClass{Schema: s, Name: name, Method: method}).Key()]
		if c == nil {
			continue
		}
		if c.Default && keyType != "" && c.Type == keyType {
			return "", true
		}
		return c.QName().String(), true
	}
	return "", false
}

// renameOpClassObject applies ALTER OPERATOR CLASS / FAMILY name USING am
// RENAME TO new.
func (p *parser) renameOpClassObject(s *pg_query.RenameStmt) error {
	return p.moveOpClassObject(s.RenameType == pg_query.ObjectType_OBJECT_OPFAMILY, s.Object, "", s.Newname)
}

// setOpClassSchema applies ALTER OPERATOR CLASS / FAMILY name USING am SET
// SCHEMA new.
func (p *parser) setOpClassSchema(s *pg_query.AlterObjectSchemaStmt) error {
	if p.st.schemas[s.Newschema] == nil {
		return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(s.Newschema))
	}
	return p.moveOpClassObject(s.ObjectType == pg_query.ObjectType_OBJECT_OPFAMILY, s.Object, s.Newschema, "")
}

// moveOpClassObject gives the class (family when isFamily) that object
// names the schema sch and the name name ("" keeps each). What refers to
// it follows: index, exclusion constraint and partition keys and range
// types naming a class; classes and ordering operators naming a family.
func (p *parser) moveOpClassObject(isFamily bool, object *pg_query.Node, sch, name string) error {
	am, names := opclassObject(object)
	if err := checkMethod(am); err != nil {
		return err
	}
	o := p.st.opc()
	if isFamily {
		f, err := p.st.family(am, names)
		if err != nil {
			return err
		}
		nf := &schema.OperatorFamily{Schema: cmp.Or(sch, f.Schema), Name: cmp.Or(name, f.Name), Method: am}
		if name == "" && nf.Key() == f.Key() {
			return nil // SET SCHEMA to its own schema
		}
		if o.families[nf.Key()] != nil {
			return fmt.Errorf("operator family %s for access method %q already exists in schema %s", schema.QuoteIdent(nf.Name), am, schema.QuoteIdent(nf.Schema))
		}
		old, now := f.QName().String(), nf.QName().String()
		delete(o.families, f.Key())
		f.Schema, f.Name = nf.Schema, nf.Name
		o.families[f.Key()] = f
		for _, c := range o.classes {
			if c.Method == am && c.Family == old {
				c.Family = now
			}
		}
		if am == "btree" {
			o.eachMember(func(op *schema.OpFamilyOperator) {
				if op.OrderBy == old {
					op.OrderBy = now
				}
			}, nil)
		}
		return nil
	}
	c, err := p.st.class(am, names)
	if err != nil {
		return err
	}
	nc := &schema.OperatorClass{Schema: cmp.Or(sch, c.Schema), Name: cmp.Or(name, c.Name), Method: am}
	if name == "" && nc.Key() == c.Key() {
		return nil // SET SCHEMA to its own schema
	}
	if o.classes[nc.Key()] != nil {
		return fmt.Errorf("operator class %s for access method %q already exists in schema %s", schema.QuoteIdent(nc.Name), am, schema.QuoteIdent(nc.Schema))
	}
	old, now := c.QName().String(), nc.QName().String()
	delete(o.classes, c.Key())
	c.Schema, c.Name = nc.Schema, nc.Name
	o.classes[c.Key()] = c
	p.st.eachOpClassRef(func(ref *string) {
		cls, opts, _ := strings.Cut(*ref, " ")
		if cls == old {
			*ref = now
			if opts != "" {
				*ref += " " + opts
			}
		}
	})
	return nil
}

// eachMember calls op for every operator member and fn for every function
// member of every family and class; either may be nil.
func (o *opclassState) eachMember(op func(*schema.OpFamilyOperator), fn func(*schema.OpFamilyFunction)) {
	visit := func(ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) {
		for _, x := range ops {
			if op != nil {
				op(x)
			}
		}
		for _, x := range fns {
			if fn != nil {
				fn(x)
			}
		}
	}
	for _, f := range o.families {
		visit(f.Operators, f.Functions)
	}
	for _, c := range o.classes {
		visit(c.Operators, c.Functions)
	}
}

// eachOpClassRef calls edit with every place that names an operator class
// as text: the keys of indexes, exclusion constraints and partition keys,
// and the SUBTYPE_OPCLASS of range types.
func (st *state) eachOpClassRef(edit func(*string)) {
	keys := func(ks []schema.IndexKey) {
		for i := range ks {
			if ks[i].OpClass != "" {
				edit(&ks[i].OpClass)
			}
		}
	}
	for _, tb := range st.tables {
		if tb.t.PartitionKey != nil {
			keys(tb.t.PartitionKey.Keys)
		}
		for _, c := range tb.constraints() {
			for i := range c.Elements {
				if c.Elements[i].Key.OpClass != "" {
					edit(&c.Elements[i].Key.OpClass)
				}
			}
		}
		for _, ix := range tb.idx {
			if ix.idx != nil {
				keys(ix.idx.Keys)
			}
		}
	}
	if st.udt != nil {
		for _, r := range st.udt.ranges {
			if r.SubtypeOpClass != "" {
				edit(&r.SubtypeOpClass)
			}
		}
	}
}

// renameSchema moves the families and classes of schema old, and every
// schema-qualified name their members and references spell, to schema
// name (ALTER SCHEMA old RENAME TO name).
func (o *opclassState) renameSchema(old, name string) {
	if o == nil {
		return
	}
	prefix := schema.QuoteIdent(old) + "."
	text := func(s *string) {
		if strings.HasPrefix(*s, prefix) {
			*s = schema.QuoteIdent(name) + "." + (*s)[len(prefix):]
		}
	}
	signature := func(s *string) {
		text(s)
		head, args, ok := strings.Cut(*s, "(")
		if !ok {
			return
		}
		parts := strings.Split(strings.TrimSuffix(args, ")"), ", ")
		for i := range parts {
			text(&parts[i])
		}
		*s = head + "(" + strings.Join(parts, ", ") + ")"
	}
	o.eachMember(func(op *schema.OpFamilyOperator) {
		text(&op.Left)
		text(&op.Right)
		text(&op.Operator)
		text(&op.OrderBy)
	}, func(fn *schema.OpFamilyFunction) {
		text(&fn.Left)
		text(&fn.Right)
		signature(&fn.Function)
	})
	families := make(map[string]*schema.OperatorFamily, len(o.families))
	for _, f := range o.families {
		if f.Schema == old {
			f.Schema = name
		}
		families[f.Key()] = f
	}
	o.families = families
	classes := make(map[string]*schema.OperatorClass, len(o.classes))
	for _, c := range o.classes {
		if c.Schema == old {
			c.Schema = name
		}
		text(&c.Family)
		text(&c.Type)
		text(&c.Storage)
		classes[c.Key()] = c
	}
	o.classes = classes
}

// functionMoved follows ALTER FUNCTION ... RENAME TO / SET SCHEMA of the
// function whose signature was old and is now sig: the members that name
// it (by number in pg_amproc) name it anew.
func (o *opclassState) functionMoved(old, sig string) {
	if o == nil {
		return
	}
	o.eachMember(nil, func(fn *schema.OpFamilyFunction) {
		if fn.Function == old {
			fn.Function = sig
		}
	})
}
