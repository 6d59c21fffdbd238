package plan

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"

	"github.com/stratadb/strata/diff"
)

// Phases order nodes that do not depend on each other: the lower phase
// comes first.
const (
	phaseDropForeignKey = 10 + iota
	phaseDropConstraint
	phaseDetach
	phaseAlterColumnBefore
	phaseDropColumn
	phaseDropTable
	phaseDropFunction // functions, procedures, aggregates (plan/functions.go)
	phaseDropSequence
	phaseDropEnum
	phaseDropExtension
	phaseDropSchema
	phaseCreateSchema
	phaseExtension
	phaseEnum
	phaseSequence
	phaseFunction // functions, procedures, aggregates (plan/functions.go)
	phaseCreateTable
	phaseAddColumn
	phaseAlterColumn
	phaseAlterTable
	phaseAttach
	phaseAddConstraint
	phaseAddForeignKey
	phaseAfter
	phaseComment
	phaseGrant // GRANT and REVOKE, once the objects exist (plan/grants.go)
)

// node is one statement in the dependency graph.
type node struct {
	sql              string
	object, kind     string
	phase            int
	nonTransactional bool
	change           diff.Change

	// Resources (see the package documentation): provides are created by
	// the node, requires must exist before it runs, removes are dropped by
	// it, releases are no longer used once it ran.
	provides, requires, removes, releases []string
	// after lists nodes that must come before this one, besides those the
	// resources imply.
	after []*node

	seq   int // insertion order: the last tie-break
	index int // position in the heap
	succ  []*node
	preds int
}

func (n *node) String() string { return n.kind + " " + n.object + ": " + n.sql }

// order sorts nodes topologically (Kahn's algorithm), choosing among the
// nodes ready to run the one with the lowest (phase, object, seq).
func order(nodes []*node) ([]*node, error) {
	type roles struct{ providers, requirers, removers, releasers []*node }
	res := map[string]*roles{}
	get := func(r string) *roles {
		x := res[r]
		if x == nil {
			x = &roles{}
			res[r] = x
		}
		return x
	}
	for _, n := range nodes {
		for _, r := range n.provides {
			get(r).providers = append(get(r).providers, n)
		}
		for _, r := range n.requires {
			get(r).requirers = append(get(r).requirers, n)
		}
		for _, r := range n.removes {
			get(r).removers = append(get(r).removers, n)
		}
		for _, r := range n.releases {
			get(r).releasers = append(get(r).releasers, n)
		}
	}
	type edge struct{ a, b *node }
	seen := map[edge]bool{}
	link := func(a, b *node) {
		if a == b || seen[edge{a, b}] {
			return
		}
		seen[edge{a, b}] = true
		a.succ = append(a.succ, b)
		b.preds++
	}
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		r := res[k]
		for _, p := range r.providers {
			for _, q := range r.requirers {
				link(p, q) // created before it is needed
			}
		}
		for _, x := range r.removers {
			for _, q := range r.releasers {
				link(q, x) // no longer used before it is dropped
			}
			for _, p := range r.providers {
				link(x, p) // dropped before it is created again
			}
			if len(r.providers) == 0 {
				for _, q := range r.requirers {
					link(q, x) // used before it is dropped
				}
			}
		}
	}
	for _, n := range nodes {
		for _, a := range n.after {
			link(a, n)
		}
	}
	h := &readyHeap{}
	for _, n := range nodes {
		if n.preds == 0 {
			heap.Push(h, n)
		}
	}
	out := make([]*node, 0, len(nodes))
	for h.Len() > 0 {
		n := heap.Pop(h).(*node)
		out = append(out, n)
		for _, s := range n.succ {
			s.preds--
			if s.preds == 0 {
				heap.Push(h, s)
			}
		}
	}
	if len(out) < len(nodes) {
		return nil, cycleError(nodes)
	}
	return out, nil
}

// cycleError finds a cycle among the nodes left unsorted and describes it.
func cycleError(nodes []*node) error {
	state := map[*node]int{}
	var stack []*node
	var cycle []*node
	var visit func(n *node) bool
	visit = func(n *node) bool {
		state[n] = 1
		stack = append(stack, n)
		for _, s := range n.succ {
			if s.preds == 0 {
				continue
			}
			if state[s] == 1 {
				i := slices.Index(stack, s)
				cycle = append(slices.Clone(stack[i:]), s)
				return true
			}
			if state[s] == 0 && visit(s) {
				return true
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = 2
		return false
	}
	for _, n := range nodes {
		if n.preds > 0 && state[n] == 0 && visit(n) {
			break
		}
	}
	parts := make([]string, len(cycle))
	for i, n := range cycle {
		parts[i] = n.String()
	}
	return fmt.Errorf("plan: the steps depend on each other in a cycle; break it by splitting the change in two migrations:\n  %s", strings.Join(parts, "\n  -> "))
}

type readyHeap []*node

func (h readyHeap) Len() int { return len(h) }
func (h readyHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	if a.phase != b.phase {
		return a.phase < b.phase
	}
	if a.object != b.object {
		return a.object < b.object
	}
	return a.seq < b.seq
}
func (h readyHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *readyHeap) Push(x any)   { n := x.(*node); n.index = len(*h); *h = append(*h, n) }
func (h *readyHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}
