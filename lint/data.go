package lint

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// Data answers questions about the rows of the database a plan starts
// from. Package lint/pgdata implements it for a live PostgreSQL database
// with bounded, read-only queries. A count that reaches limit stops there:
// the answer is then "at least limit".
type Data interface {
	// Size returns the estimated row count and the total size in bytes
	// (with indexes and TOAST) of table t, and whether it has no row at
	// all (exact).
	Size(ctx context.Context, t schema.QName) (rows, bytes int64, empty bool, err error)
	// Nulls counts the rows of t whose column is NULL, up to limit.
	Nulls(ctx context.Context, t schema.QName, column string, limit int64) (int64, error)
	// Duplicates counts the groups of rows of t that share the same
	// non-NULL values in columns, up to limit; with nulls it also counts
	// the rows with a NULL in one of them.
	Duplicates(ctx context.Context, t schema.QName, columns []string, nulls bool, limit int64) (dups, nullRows int64, err error)
	// CheckViolations counts the rows of t for which the check expression
	// expr (canonical SQL of the model) is false, up to limit.
	CheckViolations(ctx context.Context, t schema.QName, expr string, limit int64) (int64, error)
	// Orphans counts the rows of t whose non-NULL columns have no match in
	// refColumns of ref (MATCH SIMPLE), up to limit.
	Orphans(ctx context.Context, t schema.QName, columns []string, ref schema.QName, refColumns []string, limit int64) (int64, error)
}

// probeLimit bounds every count.
const probeLimit = 100000

// probe is the question whose answer refines a finding.
type probe struct {
	kind    string // "rows", "size", "nulls", "duplicates", "check", "orphans"
	table   schema.QName
	columns []string
	nulls   bool
	expr    string       // check
	ref     schema.QName // orphans
	refCols []string     // orphans
}

func rowsProbe(t schema.QName) *probe { return &probe{kind: "rows", table: t} }
func sizeProbe(t schema.QName) *probe { return &probe{kind: "size", table: t} }
func nullsProbe(t schema.QName, c string) *probe {
	return &probe{kind: "nulls", table: t, columns: []string{c}}
}
func checkProbe(t schema.QName, expr string) *probe {
	return &probe{kind: "check", table: t, expr: expr}
}
func orphansProbe(t schema.QName, cols []string, ref schema.QName, refCols []string) *probe {
	return &probe{kind: "orphans", table: t, columns: cols, ref: ref, refCols: refCols}
}
func dupProbe(t schema.QName, cols []string, nulls bool) *probe {
	if len(cols) == 0 {
		return rowsProbe(t)
	}
	return &probe{kind: "duplicates", table: t, columns: cols, nulls: nulls}
}

// Probe refines the findings with what the rows of the source database
// say: a finding on an empty table becomes info ("orders is empty"); a
// data-dependent finding becomes an error when rows would make the step
// fail ("users.email: 1,204 rows are NULL") or info when none would; a
// locking finding gets the table's size. Each table is asked once. Probe
// stops at the first error (a timeout, say) and returns it; the findings
// refined so far stay refined. Severity overrides of Options win over
// Probe's.
func (r *Report) Probe(ctx context.Context, d Data) error {
	type size struct {
		rows, bytes int64
		empty       bool
	}
	sizes := map[schema.QName]*size{}
	sizeOf := func(t schema.QName) (*size, error) {
		if s, ok := sizes[t]; ok {
			return s, nil
		}
		rows, bytes, empty, err := d.Size(ctx, t)
		if err != nil {
			return nil, fmt.Errorf("reading the size of %s: %w", t, err)
		}
		s := &size{rows, bytes, empty}
		sizes[t] = s
		return s, nil
	}
	for i := range r.Findings {
		p := r.probes[i]
		if p == nil {
			continue
		}
		f := &r.Findings[i]
		s, err := sizeOf(p.table)
		if err != nil {
			return err
		}
		if s.empty {
			f.Severity = string(Info)
			f.Message += fmt.Sprintf(" — %s is empty: safe now", p.table)
			r.keepOverride(f)
			continue
		}
		switch p.kind {
		case "size", "rows":
			if s.rows < 0 {
				f.Message += fmt.Sprintf(" — %s is not empty (%s; never analyzed, no row estimate)", p.table, byteSize(s.bytes))
			} else {
				f.Message += fmt.Sprintf(" — %s has about %s rows (%s)", p.table, count(s.rows), byteSize(s.bytes))
			}
		case "nulls":
			n, err := d.Nulls(ctx, p.table, p.columns[0], probeLimit)
			if err != nil {
				return fmt.Errorf("counting NULLs in %s.%s: %w", p.table, p.columns[0], err)
			}
			if n == 0 {
				f.Severity = string(Info)
				f.Message += fmt.Sprintf(" — no row of %s is NULL: it will succeed", p.table)
			} else {
				f.Severity = string(Error)
				f.Message += fmt.Sprintf(" — %s.%s: %s NULL: it will fail", p.table, schema.QuoteIdent(p.columns[0]), rowsAre(n))
			}
		case "check", "orphans":
			var n int64
			var err error
			what := "violate it"
			if p.kind == "check" {
				n, err = d.CheckViolations(ctx, p.table, p.expr, probeLimit)
			} else {
				n, err = d.Orphans(ctx, p.table, p.columns, p.ref, p.refCols, probeLimit)
				what = "have no match in " + p.ref.String()
			}
			if err != nil {
				return fmt.Errorf("counting the rows of %s that %s: %w", p.table, what, err)
			}
			if n == 0 {
				f.Severity = string(Info)
				f.Message += fmt.Sprintf(" — no row of %s would fail: it will succeed", p.table)
			} else {
				f.Severity = string(Error)
				f.Message += fmt.Sprintf(" — %s of %s %s: it will fail", plural(n, "row"), p.table, what)
			}
		case "duplicates":
			dups, nulls, err := d.Duplicates(ctx, p.table, p.columns, p.nulls, probeLimit)
			if err != nil {
				return fmt.Errorf("counting duplicates in %s: %w", p.table, err)
			}
			var bad []string
			if dups > 0 {
				bad = append(bad, fmt.Sprintf("%s duplicated values of (%s)", atLeast(dups), strings.Join(p.columns, ", ")))
			}
			if nulls > 0 {
				bad = append(bad, fmt.Sprintf("%s rows with NULL", atLeast(nulls)))
			}
			if len(bad) == 0 {
				f.Severity = string(Info)
				f.Message += fmt.Sprintf(" — %s has no duplicate: it will succeed", p.table)
			} else {
				f.Severity = string(Error)
				f.Message += fmt.Sprintf(" — %s has %s: it will fail", p.table, strings.Join(bad, " and "))
			}
		}
		r.keepOverride(f)
	}
	return nil
}

// keepOverride applies the configured severity of f's code again.
func (r *Report) keepOverride(f *Finding) {
	if s, ok := r.severity[f.Code]; ok {
		f.Severity = string(s)
	}
}

// plural says "1 row" or "N rows" (or "at least N rows").
func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return atLeast(n) + " " + noun + "s"
}

// rowsAre says "1 row is" or "N rows are" (or "at least N rows are").
func rowsAre(n int64) string {
	if n == 1 {
		return "1 row is"
	}
	return atLeast(n) + " rows are"
}

func atLeast(n int64) string {
	if n >= probeLimit {
		return "at least " + count(n)
	}
	return count(n)
}

// count prints n with thousands separators: 1,204.
func count(n int64) string {
	if n < 0 {
		return "?"
	}
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// byteSize prints a size in bytes for people: "8 kB", "1.2 GB".
func byteSize(n int64) string {
	units := []string{"bytes", "kB", "MB", "GB", "TB"}
	f := float64(n)
	i := 0
	for f >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f %s", f, units[i])
}

func sortRules(rs []Rule) {
	slices.SortFunc(rs, func(a, b Rule) int { return strings.Compare(a.Code, b.Code) })
}
