package plan_test

import (
	"fmt"
	"testing"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// syntheticDB builds a model of n tables with 20 columns, a primary key,
// 3 indexes and 2 foreign keys each. When changed is true, every tenth
// table differs: a column changes type, one is added, an index changes
// and a foreign key gets an ON DELETE action.
func syntheticDB(n int, changed bool) *schema.Database {
	db := &schema.Database{Schemas: []*schema.Schema{{Name: "public", Comment: "standard public schema"}}}
	for i := range n {
		q := schema.QName{Schema: "public", Name: fmt.Sprintf("t%05d", i)}
		t := &schema.Table{Schema: q.Schema, Name: q.Name}
		alter := changed && i%10 == 0
		for c := range 20 {
			col := &schema.Column{Name: fmt.Sprintf("c%02d", c), Type: "integer"}
			if c == 0 {
				col.NotNull = true
			}
			if c == 5 {
				col.Type = "text"
				if alter {
					col.Type = "character varying(200)"
				}
			}
			t.Columns = append(t.Columns, col)
		}
		if alter {
			t.Columns = append(t.Columns, &schema.Column{Name: "extra", Type: "text", Default: "'x'::text"})
		}
		t.Constraints = append(t.Constraints, &schema.Constraint{Name: q.Name + "_pkey", Kind: schema.PrimaryKey, Columns: []string{"c00"}})
		for k := range 2 {
			ref := schema.QName{Schema: "public", Name: fmt.Sprintf("t%05d", (i+k+1)%n)}
			fk := &schema.Constraint{Name: fmt.Sprintf("%s_fk%d", q.Name, k), Kind: schema.ForeignKey, Columns: []string{fmt.Sprintf("c%02d", k+1)},
				RefTable: &ref, RefColumns: []string{"c00"}}
			if alter && k == 0 {
				fk.OnDelete = schema.Cascade
			}
			t.Constraints = append(t.Constraints, fk)
		}
		for k := range 3 {
			idx := &schema.Index{Name: fmt.Sprintf("%s_i%d", q.Name, k), Method: "btree", Keys: []schema.IndexKey{{Column: fmt.Sprintf("c%02d", k+3)}}}
			if alter && k == 2 {
				idx.Keys = append(idx.Keys, schema.IndexKey{Column: "c10"})
			}
			t.Indexes = append(t.Indexes, idx)
		}
		db.Tables = append(db.Tables, t)
	}
	return db
}

func benchmarkDiffPlan(b *testing.B, n int) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		from, to := syntheticDB(n, false), syntheticDB(n, true)
		b.StartTimer()
		p, err := plan.Build(diff.Compare(from, to), plan.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Steps) == 0 {
			b.Fatal("empty plan")
		}
	}
}

// BenchmarkDiffPlan measures diff.Compare and plan.Build between two
// synthetic models (every tenth table changed) of growing size, to show
// how the cost grows.
func BenchmarkDiffPlan(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) { benchmarkDiffPlan(b, n) })
	}
}
