package plan

import (
	"slices"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// dependent is one object that the changes of other objects may force to
// be dropped and created again: a view over a column whose type changes, a
// trigger whose function is dropped and created again. PostgreSQL refuses
// those changes while the dependent exists, so the plan drops it before and
// creates it again after, with everything that belongs to it (comments,
// grants, indexes of a materialized view).
type dependent struct {
	// id identifies the object among those of its kind and across the two
	// models, e.g. rRel(view) or rTrigger(table, name).
	id string
	// provides are the resources the object provides (what objects that
	// depend on it in turn require).
	provides []string
	// requires are the resources the object uses.
	requires []string
	// drop drops this very object; add creates it. Of a dependent listed
	// from the source model only drop is used, of one listed from the
	// target model only add.
	drop, add diff.Change
}

// dependentKind is an object kind whose objects can be dependents.
type dependentKind struct {
	// list returns the objects of the kind in db.
	list func(b *builder, db *schema.Database) []dependent
	// alters returns the id of the object a change of this kind alters
	// in place, and whether c is such a change.
	alters func(c diff.Change) (string, bool)
	// handles, when set, returns the ids of the objects that change c
	// already drops and creates again (or, for a column default, sets
	// anew) in the right order: the cascade leaves those alone.
	handles func(c diff.Change) []string
}

// dependentKinds are the kinds the cascade knows; each lister lives in the
// file that plans its kind.
var dependentKinds = []dependentKind{
	{list: dependentsFunctions, alters: functionAlters, handles: functionSupportHandled},
	{list: dependentsTableExprs, handles: tableExprsHandled},
	{list: dependentsDomains, alters: altersDomain},
	{list: dependentsCasts, alters: altersCast},
	{list: dependentsOperators, alters: altersOperator},
	{list: dependentsViews, alters: altersView},
	{list: dependentsRules, alters: altersRule},
	{list: dependentsTriggers, alters: altersTrigger},
	{list: dependentsPolicies, alters: altersPolicy},
	{list: dependentsForeignTables, alters: altersForeignTable},
	{list: dependentsStatistics, alters: altersStatistics},
	{list: dependentsOpClasses, alters: altersOpClass},
	{list: dependentsOpClassIndexes},
}

// cascade looks, after the nodes of list were built, for the objects that
// exist on both sides and use something the nodes remove (a column whose
// type changes, a relation or function dropped and created again), and
// returns list with each such object's own in-place change, if any,
// replaced by a drop of its old version and a creation of its new one. It
// follows the dependents of dependents to a fixpoint. done holds the ids
// already recreated (it is updated); ok is false when nothing new is to be
// recreated.
func (b *builder) cascade(list []diff.Change, done map[string]bool) (out []diff.Change, ok bool) {
	if len(dependentKinds) == 0 {
		return nil, false
	}
	for _, kind := range dependentKinds {
		if kind.handles == nil {
			continue
		}
		for _, c := range list {
			for _, id := range kind.handles(c) {
				done[id] = true
			}
		}
	}
	disturbed := map[string]bool{}
	for _, n := range b.nodes {
		for _, r := range n.removes {
			disturbed[r] = true
		}
	}
	type pair struct {
		kind     int
		from, to dependent
	}
	var pairs []pair
	for k, kind := range dependentKinds {
		to := map[string]dependent{}
		for _, d := range kind.list(b, b.to) {
			to[d.id] = d
		}
		for _, d := range kind.list(b, b.from) {
			if t, ok := to[d.id]; ok {
				pairs = append(pairs, pair{k, d, t})
			}
		}
	}
	if len(pairs) == 0 {
		return nil, false
	}
	recreate := map[int]bool{}
	for changed := true; changed; {
		changed = false
		for i, p := range pairs {
			if recreate[i] || done[p.from.id] || !slices.ContainsFunc(p.from.requires, func(r string) bool { return disturbed[r] }) {
				continue
			}
			recreate[i] = true
			changed = true
			for _, r := range p.from.provides {
				disturbed[r] = true
			}
		}
	}
	if len(recreate) == 0 {
		return nil, false
	}
	replaced := map[string]bool{}
	for i := range recreate {
		replaced[pairs[i].from.id] = true
	}
	out = make([]diff.Change, 0, len(list)+2*len(recreate))
	for _, c := range list {
		if id, ok := alteredID(c); ok && replaced[id] {
			continue
		}
		out = append(out, c)
	}
	for i, p := range pairs {
		if recreate[i] {
			done[p.from.id] = true
			out = append(out, p.from.drop, p.to.add)
		}
	}
	return out, true
}

// alteredID returns the dependent id of the object c alters in place.
func alteredID(c diff.Change) (string, bool) {
	for _, k := range dependentKinds {
		if k.alters == nil {
			continue
		}
		if id, ok := k.alters(c); ok {
			return id, true
		}
	}
	return "", false
}
