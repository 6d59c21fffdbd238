package inspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
)

// defs returns name -> printed definition of each constraint row.
func constraintDefs(tr *tableRow) map[string]string {
	m := map[string]string{}
	for _, c := range tr.constraints {
		m[c.name] = c.def
	}
	return m
}

func TestReadConstraints(t *testing.T) {
	db := pgtest.NewDB(t)
	major := serverMajor(t, db)
	pgtest.Exec(t, db, `
		CREATE EXTENSION btree_gist;
		CREATE SCHEMA s;
		CREATE TABLE s.r (id int PRIMARY KEY WITH (fillfactor = 80), code text UNIQUE);
		COMMENT ON CONSTRAINT r_pkey ON s.r IS 'the key';
		COMMENT ON INDEX s.r_code_key IS 'the index';
		CREATE TABLE s.t (
			id int,
			r int REFERENCES s.r ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
			code text,
			during tsrange,
			CONSTRAINT t_pk PRIMARY KEY (id) INCLUDE (code),
			CONSTRAINT positive CHECK (id > 0) NO INHERIT,
			EXCLUDE USING gist (r WITH =, during WITH &&) WITH (fillfactor = 60) WHERE (id > 10)
		);
		ALTER TABLE s.t ADD CONSTRAINT later CHECK (r > 0) NOT VALID;
		ALTER TABLE s.t ADD CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES s.r (code) MATCH FULL NOT VALID;
		CREATE TABLE s.parent (a int CHECK (a > 0), b int);
		CREATE TABLE s.kid (CONSTRAINT parent_b_check CHECK (b > 0)) INHERITS (s.parent);
		CREATE TABLE s.p (id int, at date, r int REFERENCES s.r, PRIMARY KEY (id, at), CHECK (id <> 7)) PARTITION BY RANGE (at);
		CREATE TABLE s.p1 PARTITION OF s.p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
	`)
	cat := rawCatalog(t, db, Options{})
	want := map[string]string{
		"t_pk":            "PRIMARY KEY (id) INCLUDE (code)",
		"t_r_fkey":        "FOREIGN KEY (r) REFERENCES s.r(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
		"positive":        "CHECK ((id > 0)) NO INHERIT",
		"t_r_during_excl": "EXCLUDE USING gist (r WITH =, during WITH &&) WITH (fillfactor='60') WHERE ((id > 10))",
		"later":           "CHECK ((r > 0)) NOT VALID",
		"fk_code":         "FOREIGN KEY (code) REFERENCES s.r(code) MATCH FULL NOT VALID",
	}
	if diff := cmp.Diff(want, constraintDefs(cat.mustTable(t, "s", "t"))); diff != "" {
		t.Errorf("s.t constraints (-want +got):\n%s", diff)
	}
	r := cat.mustTable(t, "s", "r")
	for _, c := range r.constraints {
		switch c.name {
		case "r_pkey":
			if !cmp.Equal(c.indexOptions, []string{"fillfactor=80"}) || c.comment != "the key" || c.indexComment != "" {
				t.Errorf("r_pkey: options %v, comment %q, index comment %q", c.indexOptions, c.comment, c.indexComment)
			}
		case "r_code_key":
			if c.indexOptions != nil || c.comment != "" || c.indexComment != "the index" {
				t.Errorf("r_code_key: options %v, comment %q, index comment %q", c.indexOptions, c.comment, c.indexComment)
			}
		default:
			t.Errorf("unexpected constraint %s on s.r", c.name)
		}
	}
	for _, c := range cat.mustTable(t, "s", "t").constraints {
		if (c.name == "t_r_during_excl") != (c.indexOptions != nil) {
			t.Errorf("%s: index options %v", c.name, c.indexOptions)
		}
	}
	// Only inherited checks are the parent's; a local check merged with an
	// inherited one stays. On PostgreSQL 18 no NOT NULL rows appear.
	if diff := cmp.Diff(map[string]string{"parent_b_check": "CHECK ((b > 0))"}, constraintDefs(cat.mustTable(t, "s", "kid"))); diff != "" {
		t.Errorf("s.kid constraints (-want +got):\n%s", diff)
	}
	// Constraints cloned onto a partition belong to the parent.
	if got := constraintDefs(cat.mustTable(t, "s", "p1")); len(got) != 0 {
		t.Errorf("s.p1 has cloned constraints: %v", got)
	}
	if got := len(cat.mustTable(t, "s", "p").constraints); got != 3 {
		t.Errorf("s.p has %d constraints, want 3 (primary key, foreign key, check)", got)
	}
	if major >= 15 {
		db2 := pgtest.NewDB(t)
		pgtest.Exec(t, db2, `CREATE TABLE u (a int, CONSTRAINT u_a_key UNIQUE NULLS NOT DISTINCT (a));`)
		got := constraintDefs(rawCatalog(t, db2, Options{}).mustTable(t, "public", "u"))
		if diff := cmp.Diff(map[string]string{"u_a_key": "UNIQUE NULLS NOT DISTINCT (a)"}, got); diff != "" {
			t.Errorf("NULLS NOT DISTINCT (-want +got):\n%s", diff)
		}
	}
}

func TestReadIndexes(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA s;
		CREATE TABLE s.t (id int PRIMARY KEY, a text, b int UNIQUE);
		CREATE INDEX t_lower ON s.t (lower(a) text_pattern_ops DESC NULLS LAST) INCLUDE (b) WHERE b > 0;
		CREATE UNIQUE INDEX "T weird" ON s.t USING btree (a COLLATE "C") WITH (fillfactor = 50);
		COMMENT ON INDEX s."T weird" IS 'quoted';
		CREATE INDEX ON s.t USING hash (a);
		CREATE TABLE s.p (id int, at date) PARTITION BY LIST (id);
		CREATE TABLE s.p1 PARTITION OF s.p FOR VALUES IN (1, 2);
		CREATE INDEX p_at ON s.p (at);
		CREATE INDEX p1_own ON s.p1 (id);
	`)
	cat := rawCatalog(t, db, Options{})
	got := map[string]indexRow{}
	for _, ix := range cat.mustTable(t, "s", "t").indexes {
		got[ix.name] = ix
	}
	want := map[string]indexRow{
		"t_lower": {name: "t_lower",
			def: "CREATE INDEX t_lower ON s.t USING btree (lower(a) text_pattern_ops DESC NULLS LAST) INCLUDE (b) WHERE (b > 0)"},
		"T weird": {name: "T weird", def: `CREATE UNIQUE INDEX "T weird" ON s.t USING btree (a COLLATE "C") WITH (fillfactor='50')`,
			options: []string{"fillfactor=50"}, comment: "quoted"},
		"t_a_idx": {name: "t_a_idx", def: "CREATE INDEX t_a_idx ON s.t USING hash (a)"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(indexRow{})); diff != "" {
		t.Errorf("s.t indexes (-want +got):\n%s", diff)
	}
	var p1 []string
	for _, ix := range cat.mustTable(t, "s", "p1").indexes {
		p1 = append(p1, ix.name)
	}
	if diff := cmp.Diff([]string{"p1_own"}, p1); diff != "" {
		t.Errorf("s.p1 indexes: the cloned p1_at_idx must be left out (-want +got):\n%s", diff)
	}
}
