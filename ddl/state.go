package ddl

import (
	"fmt"
	"slices"

	"github.com/stratadb/strata/schema"
)

// qname is a schema-qualified object name inside the parser.
type qname = schema.QName

// relKind tells what kind of relation a name in state.rels is.
type relKind int

const (
	relTable relKind = iota + 1
	relSequence
	relIndex
	relOther // views, foreign tables and other relations not modeled
)

// state is the parser's picture of the database the statements run on: the
// objects declared so far, every relation and constraint name PostgreSQL
// would have in its catalog (including the ones it creates on its own, such
// as indexes cloned onto partitions, so that generated names collide like
// they do on a server), and the current search_path. It implements resolver.
type state struct {
	searchPath []string
	// user is the role that runs the files (Options.Role, else
	// defaultUser).
	user string

	schemas map[string]*schema.Schema
	exts    map[string]*schema.Extension
	enums   map[qname]*schema.Enum
	types   map[qname]bool // every user type name: enums and types not modeled
	// domains maps each domain's canonical type name (schema.Column.Type
	// spelling) to the canonical name of its base type, nested domains
	// resolved, recorded even though domains are not modeled: a default
	// of a domain column is stored as a constant of the base type.
	domains map[string]string
	seqs    map[qname]*schema.Sequence
	tables  map[qname]*table
	rels    map[qname]relKind
	indexes map[qname]*index
	// cons counts pg_constraint rows per schema and name.
	cons map[string]map[string]int
	// identities are the sequences behind identity columns.
	identities map[qname]*identity
	// trig holds triggers, event triggers and policies (see tps).
	trig *trigState
	// funcs are the functions, procedures and aggregates, by signature.
	funcs map[string]*schema.Function
	// udt holds domains, composite and range types, collations, casts and
	// operators (see stmt_type.go); nil until the first one.
	udt *userTypes
	// views are the views and materialized views (stmt_view.go).
	views map[qname]*viewInfo
	// rules are the rewrite rules (stmt_rule.go), in creation order.
	rules []*schema.Rule
	// opclasses are the operator families and classes
	// (stmt_opclass.go); nil until the first one.
	opclasses *opclassState
	// dacl holds the entries of ALTER DEFAULT PRIVILEGES
	// (stmt_default_privileges.go); nil before the first one.
	dacl *defaultACLs
	// fdw holds foreign-data wrappers, servers and foreign tables
	// (stmt_foreign.go); nil until the first one.
	fdw *foreignState
	// stats are the extended statistics objects (stmt_statistics.go), in
	// creation order.
	stats []*statInfo
}

// table is a table with the parser's bookkeeping around it.
type table struct {
	t *schema.Table
	// partOf is the parent of a partition; parents are INHERITS parents.
	partOf  *table
	parents []*table
	// children are partitions and inheritance children, in creation order.
	children []*table
	// idx are the table's indexes (plain and constraint-backed, including
	// clones and attached ones) in creation order, as RelationGetIndexList
	// returns them.
	idx []*index
	// checks are the CHECK and FOREIGN KEY constraints PostgreSQL has on
	// the table, modeled or not (inherited copies), by name.
	checks map[string]*conInfo
}

// conInfo is a non-index constraint row of a table.
type conInfo struct {
	c     *schema.Constraint
	local bool // conislocal: modeled on this table
}

// index is an index relation with its bookkeeping.
type index struct {
	q     qname
	table *table
	// idx is set for a plain index, con for one that backs a constraint.
	idx *schema.Index
	con *schema.Constraint
	// colnames are the index's attribute names (ChooseIndexColumnNames),
	// which clones on partitions derive their names from.
	colnames []string
	// parent is the partitioned index this one is attached to, or nil.
	parent *index
}

func newState() *state {
	st := &state{
		searchPath: []string{"$user", "public"},
		user:       defaultUser,
		schemas:    map[string]*schema.Schema{},
		exts:       map[string]*schema.Extension{},
		enums:      map[qname]*schema.Enum{},
		types:      map[qname]bool{},
		domains:    map[string]string{},
		seqs:       map[qname]*schema.Sequence{},
		tables:     map[qname]*table{},
		rels:       map[qname]relKind{},
		indexes:    map[qname]*index{},
		cons:       map[string]map[string]int{},
		identities: map[qname]*identity{},
		views:      map[qname]*viewInfo{},
		funcs:      map[string]*schema.Function{},
	}
	st.schemas["public"] = &schema.Schema{Name: "public", Comment: "standard public schema"}
	return st
}

// database builds the model of everything declared, normalized.
func (st *state) database() *schema.Database {
	db := &schema.Database{}
	for _, s := range st.schemas {
		db.Schemas = append(db.Schemas, s)
	}
	for _, e := range st.exts {
		db.Extensions = append(db.Extensions, e)
	}
	for _, e := range st.enums {
		db.Enums = append(db.Enums, e)
	}
	for _, s := range st.seqs {
		db.Sequences = append(db.Sequences, s)
	}
	for _, t := range st.tables {
		db.Tables = append(db.Tables, t.t)
	}
	for _, f := range st.funcs {
		db.Functions = append(db.Functions, f)
	}
	st.addTriggersAndPolicies(db)
	st.udt.addTo(db)
	st.opclasses.addTo(db)
	st.fdw.addTo(db)
	db.Views, db.Rules = st.viewList(), slices.Clone(st.rules)
	db.DefaultPrivileges = st.dacl.list()
	db.Statistics = st.statisticsList()
	schema.Normalize(db)
	return db
}

// exprTarget returns the type a DEFAULT or GENERATED expression of a
// column of type typ is coerced to, as PostgreSQL stores it: the base type
// when typ is a domain, typ itself otherwise.
func (st *state) exprTarget(typ string) string {
	if base, ok := st.domains[typ]; ok {
		return base
	}
	return typ
}

// typeSchema implements resolver.
func (st *state) typeSchema(name string) string {
	for _, s := range st.path() {
		q := qname{Schema: s, Name: name}
		// a relation other than an index has a row type of its name
		if st.types[q] || (st.rels[q] != 0 && st.rels[q] != relIndex) {
			return s
		}
	}
	return ""
}

// relationSchema implements resolver.
func (st *state) relationSchema(name string) string {
	for _, s := range st.path() {
		if st.rels[qname{Schema: s, Name: name}] != 0 {
			return s
		}
	}
	return ""
}

// creationSchema implements resolver.
func (st *state) creationSchema() string {
	if p := st.path(); len(p) > 0 {
		return p[0]
	}
	return ""
}

// defaultUser is the role the parser assumes runs the files when
// Options.Role is empty: "postgres", the superuser that schema tools and
// the tests use.
const defaultUser = "postgres"

// path returns the existing schemas of search_path, in order, with
// "$user" standing for the role that runs the files (st.user). The system schemas are left out: they
// hold no user objects.
func (st *state) path() []string {
	var out []string
	for _, s := range st.searchPath {
		if s == "$user" {
			s = st.user
		}
		if st.schemas[s] != nil && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// createName qualifies the name of a new object: schemaName when given
// (it must exist), else the creation schema of search_path.
func (st *state) createName(schemaName, name string) (qname, error) {
	if schemaName != "" {
		if st.schemas[schemaName] == nil {
			return qname{}, fmt.Errorf("schema %s does not exist", schema.QuoteIdent(schemaName))
		}
		return qname{Schema: schemaName, Name: name}, nil
	}
	s := st.creationSchema()
	if s == "" {
		return qname{}, fmt.Errorf("no schema has been selected to create %s in: search_path names no existing schema", schema.QuoteIdent(name))
	}
	return qname{Schema: s, Name: name}, nil
}

// lookupRel finds an existing relation the way search_path does. It
// returns ok=false when there is none.
func (st *state) lookupRel(schemaName, name string) (qname, bool) {
	if schemaName != "" {
		q := qname{Schema: schemaName, Name: name}
		return q, st.rels[q] != 0
	}
	if s := st.relationSchema(name); s != "" {
		return qname{Schema: s, Name: name}, true
	}
	return qname{}, false
}

// lookupTable finds an existing table.
func (st *state) lookupTable(schemaName, name string) (*table, error) {
	q, ok := st.lookupRel(schemaName, name)
	if !ok {
		return nil, fmt.Errorf("relation %s does not exist", displayName(schemaName, name))
	}
	t := st.tables[q]
	if t == nil {
		return nil, fmt.Errorf("%s is not a table", q)
	}
	return t, nil
}

// lookupType finds an existing user type by its (possibly qualified) name.
func (st *state) lookupType(schemaName, name string) (qname, bool) {
	if schemaName != "" {
		q := qname{Schema: schemaName, Name: name}
		return q, st.types[q]
	}
	if s := st.typeSchema(name); s != "" {
		return qname{Schema: s, Name: name}, true
	}
	return qname{}, false
}

// addRel records a new relation name; it fails when the name is taken.
func (st *state) addRel(q qname, kind relKind) error {
	if st.rels[q] != 0 {
		return fmt.Errorf("relation %s already exists", q)
	}
	st.rels[q] = kind
	return nil
}

// addCon and dropCon keep the count of constraint names per schema.
func (st *state) addCon(schemaName, name string) {
	m := st.cons[schemaName]
	if m == nil {
		m = map[string]int{}
		st.cons[schemaName] = m
	}
	m[name]++
}

func (st *state) dropCon(schemaName, name string) {
	if m := st.cons[schemaName]; m != nil {
		if m[name]--; m[name] <= 0 {
			delete(m, name)
		}
	}
}

func (st *state) conExists(schemaName, name string) bool { return st.cons[schemaName][name] > 0 }

// displayName prints a possibly qualified name for a message.
func displayName(schemaName, name string) string {
	if schemaName == "" {
		return schema.QuoteIdent(name)
	}
	return schema.QName{Schema: schemaName, Name: name}.String()
}

// identity is an identity column's sequence, by the sequence's name.
type identity struct {
	id  *schema.Identity
	typ string // the column's type, which is the sequence's
}
