package plan_test

// TestRandomWalk checks convergence between random schemas. Each walk draws
// a schema A from its seed, applies a few random mutations to get B, and
// runs the convergence check of TestConvergence from A to B and from B to
// A against the real server.
//
//	go test ./plan -run TestRandomWalk -walks 500   # a longer run (seeds 1..500)
//	go test ./plan -run TestRandomWalk -seed N      # replay the walk of seed N
//
// Without flags it runs a few walks (seeds 1..8), so that `make test` stays
// fast. The generator is in randomwalk_gen_test.go, the mutations (and the
// kinds left out because of pending planner limitations) in
// randomwalk_mutate_test.go.

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/plan"
)

var (
	walkSeed  = flag.Int64("seed", -1, "run only the random walk of this seed (TestRandomWalk)")
	walkCount = flag.Int("walks", 8, "number of random walks (seeds 1..walks) TestRandomWalk runs")
)

// rwWalk is one walk: its two schemas and the mutations between them.
type rwWalk struct {
	seed      int64
	a, b      string // SQL text
	mutations []string
	opts      plan.Options
}

// newWalk draws the walk of seed.
func newWalk(seed int64) rwWalk {
	g := &rwGen{r: rand.New(rand.NewSource(seed))}
	a := g.newSchema()
	b := a.clone()
	w := rwWalk{seed: seed, opts: plan.Options{Concurrently: g.chance(4)}}
	w.a = a.render(fmt.Sprintf("random walk seed %d: schema A", seed))
	for k := 1 + g.r.Intn(8); k > 0 || b.render("") == a.render(""); k-- {
		w.mutations = append(w.mutations, g.mutate(b))
	}
	w.b = b.render(fmt.Sprintf("random walk seed %d: schema B (mutations: %s)", seed, strings.Join(w.mutations, ", ")))
	return w
}

func TestRandomWalk(t *testing.T) {
	seeds := []int64{*walkSeed}
	if *walkSeed < 0 {
		seeds = seeds[:0]
		for s := int64(1); s <= int64(*walkCount); s++ {
			seeds = append(seeds, s)
		}
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			w := newWalk(seed)
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.sql"), filepath.Join(dir, "b.sql")
			for path, text := range map[string]string{a: w.a, b: w.b} {
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Cleanup(func() {
				if t.Failed() {
					t.Logf("replay: go test ./plan -run TestRandomWalk -seed %d\noptions: %+v\n%s\n%s", seed, w.opts, w.a, w.b)
				}
			})
			t.Run("forward", func(t *testing.T) { converge(t, a, b, w.opts) })
			t.Run("backward", func(t *testing.T) { converge(t, b, a, w.opts) })
		})
	}
}
