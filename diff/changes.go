package diff

import (
	"github.com/stratadb/strata/schema"
)

// Changes is the result of Compare: the two models compared and the list of
// changes that turn From into To.
type Changes struct {
	// From is the model compared from (normalized by Compare).
	From *schema.Database
	// To is the model compared to (normalized by Compare).
	To *schema.Database
	// List holds the changes in a deterministic order: by object kind
	// (schemas, extensions, enums, collations, domains, composite types,
	// range types, casts, operators, operator families then classes (by
	// name, then method), sequences, tables, foreign objects
	// (foreign tables, servers and wrappers dropped, then wrappers, servers
	// and foreign tables added or altered), functions, views
	// (then rules, by table and name), triggers,
	// event triggers, policies, row-level security), then qualified name
	// (and signature for functions; table, then name for triggers and
	// policies); privileges last (AlterPrivileges, in the order of
	// ACLHolders), then default privileges (AlterDefaultPrivileges, by
	// role, schema and kind).
	List []Change
}

// Empty reports whether the two models are equivalent: there is nothing to
// change.
func (c Changes) Empty() bool { return len(c.List) == 0 }

// Change is one change of one object. It is a sealed interface: the types in
// this package are its only implementations. String returns a one-line
// description for people, e.g. "add column public.users.email (text)";
// ObjectName the qualified name of the object changed, e.g.
// "public.users.email" or "public.f(integer)".
type Change interface {
	String() string
	ObjectName() string
	isChange()
}

// Compare returns the changes that turn from into to. Both models are
// normalized in place first (see schema.Normalize). Objects are matched by
// qualified name: a renamed object is a drop and an add.
func Compare(from, to *schema.Database) Changes {
	if from == nil {
		from = &schema.Database{}
	}
	if to == nil {
		to = &schema.Database{}
	}
	schema.Normalize(from)
	schema.Normalize(to)
	var list []Change
	list = compareSchemas(list, from.Schemas, to.Schemas)
	list = compareExtensions(list, from.Extensions, to.Extensions)
	list = compareEnums(list, from.Enums, to.Enums)
	list = compareUserTypes(list, from, to)
	list = compareOpClasses(list, from, to)
	list = compareSequences(list, from.Sequences, to.Sequences)
	list = compareTables(list, from, to)
	list = compareForeign(list, from, to)
	list = compareFunctions(list, from.Functions, to.Functions)
	list = compareViews(list, from, to)
	list = compareTriggersAndPolicies(list, from, to)
	list = compareStatistics(list, from.Statistics, to.Statistics)
	list = comparePrivileges(list, from, to)
	list = compareDefaultPrivileges(list, from.DefaultPrivileges, to.DefaultPrivileges)
	return Changes{From: from, To: to, List: list}
}

// mergeSorted walks two lists sorted by the same key and calls visit with
// the element of each side that has that key (nil for a missing side), in
// key order.
func mergeSorted[T any](from, to []T, cmp func(a, b T) int, visit func(a, b T, hasA, hasB bool)) {
	i, j := 0, 0
	var zero T
	for i < len(from) || j < len(to) {
		switch {
		case j == len(to) || (i < len(from) && cmp(from[i], to[j]) < 0):
			visit(from[i], zero, true, false)
			i++
		case i == len(from) || cmp(from[i], to[j]) > 0:
			visit(zero, to[j], false, true)
			j++
		default:
			visit(from[i], to[j], true, true)
			i++
			j++
		}
	}
}

func compareQName(a, b schema.QName) int {
	switch {
	case a.Schema < b.Schema:
		return -1
	case a.Schema > b.Schema:
		return 1
	case a.Name < b.Name:
		return -1
	case a.Name > b.Name:
		return 1
	}
	return 0
}
