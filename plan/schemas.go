package plan

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

func (b *builder) addSchema(c diff.AddSchema) {
	name := schema.QuoteIdent(c.Schema.Name)
	b.add(&node{sql: ddl.CreateSchema(c.Schema), object: name, kind: "create schema", phase: phaseCreateSchema, change: c,
		provides: []string{rSchema(c.Schema.Name)}})
	if c.Schema.Comment != "" {
		b.comment(c, name, "schema", ddl.CommentOnSchema(c.Schema.Name, c.Schema.Comment), rSchema(c.Schema.Name))
	}
}

func (b *builder) dropSchema(c diff.DropSchema) {
	b.add(&node{sql: "DROP SCHEMA " + schema.QuoteIdent(c.Schema.Name), object: schema.QuoteIdent(c.Schema.Name), kind: "drop schema",
		phase: phaseDropSchema, change: c, removes: []string{rSchema(c.Schema.Name)}})
}

func (b *builder) alterSchema(c diff.AlterSchema) {
	b.comment(c, schema.QuoteIdent(c.To.Name), "schema", ddl.CommentOnSchema(c.To.Name, c.To.Comment), rSchema(c.To.Name))
}

// comment adds a COMMENT ON step for object, after whatever provides
// needs.
func (b *builder) comment(c diff.Change, object, what, sql string, needs ...string) {
	b.add(&node{sql: sql, object: object, kind: "comment on " + what, phase: phaseComment, change: c, requires: needs})
}

func (b *builder) addExtension(c diff.AddExtension) {
	e := c.Extension
	name := schema.QuoteIdent(e.Name)
	b.add(&node{sql: ddl.CreateExtension(e), object: name, kind: "create extension", phase: phaseExtension, change: c,
		requires: []string{rSchema(e.Schema)}, provides: []string{rExtension(e.Name), rExtensionObjects}})
	if e.Comment != "" {
		b.comment(c, name, "extension", ddl.CommentOnExtension(e.Name, e.Comment), rExtension(e.Name))
	}
}

func (b *builder) dropExtension(c diff.DropExtension) {
	e := c.Extension
	b.add(&node{sql: "DROP EXTENSION " + schema.QuoteIdent(e.Name), object: schema.QuoteIdent(e.Name), kind: "drop extension",
		phase: phaseDropExtension, change: c, removes: []string{rExtension(e.Name)}, releases: []string{rSchema(e.Schema)}})
}

func (b *builder) alterExtension(c diff.AlterExtension) {
	name := schema.QuoteIdent(c.To.Name)
	if c.Change&diff.ExtensionVersion != 0 && c.To.Version != "" && (c.From.Version == "" || versionLess(c.To.Version, c.From.Version)) {
		// An empty version is the extension's default version, by
		// convention the newest one the server has.
		current := "version " + c.From.Version
		if c.From.Version == "" {
			current = "its default version (by convention the newest one installed on the server)"
		}
		b.refuse(c.To.Name, "extension "+name+" would go down from "+current+" to "+c.To.Version+
			"; extensions rarely ship downgrade scripts (ALTER EXTENSION ... UPDATE TO fails without one), and "+
			"DROP EXTENSION followed by CREATE EXTENSION would drop every object that depends on it (columns of its types, "+
			"indexes with its operator classes, functions using it): keep the installed version in the schema, "+
			"or downgrade the extension by hand")
		return
	}
	if c.Change&diff.ExtensionVersion != 0 {
		sql := "ALTER EXTENSION " + name + " UPDATE"
		if c.To.Version != "" {
			sql += " TO " + ddl.QuoteLiteral(c.To.Version)
		}
		b.add(&node{sql: sql, object: name, kind: "update extension", phase: phaseExtension, change: c,
			provides: []string{rExtensionObjects}})
	}
	if c.Change&diff.ExtensionSchema != 0 {
		b.add(&node{sql: "ALTER EXTENSION " + name + " SET SCHEMA " + schema.QuoteIdent(c.To.Schema), object: name,
			kind: "move extension", phase: phaseExtension, change: c,
			requires: []string{rSchema(c.To.Schema)}, releases: []string{rSchema(c.From.Schema)}, provides: []string{rExtensionObjects}})
	}
	if c.Change&diff.ExtensionComment != 0 {
		b.comment(c, name, "extension", ddl.CommentOnExtension(c.To.Name, c.To.Comment), rExtension(c.To.Name))
	}
}

// versionLess reports whether extension version a comes before b, comparing
// runs of digits as numbers and everything else as text ("1.6" < "1.10",
// "1.0beta" < "1.0"). Extension versions are free-form strings; this is the
// order their authors use in practice.
func versionLess(a, b string) bool {
	pa, pb := versionParts(a), versionParts(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, y := pa[i], pb[i]
		nx, ex := strconv.Atoi(x)
		ny, ey := strconv.Atoi(y)
		switch {
		case ex == nil && ey == nil:
			if nx != ny {
				return nx < ny
			}
		case ex == nil:
			return false // a number ranks after a suffix such as "beta"
		case ey == nil:
			return true
		case x != y:
			return x < y
		}
	}
	if len(pa) != len(pb) {
		// "1.0" < "1.0.1", but "1.0beta" < "1.0".
		if len(pa) < len(pb) {
			_, err := strconv.Atoi(pb[len(pa)])
			return err == nil
		}
		_, err := strconv.Atoi(pa[len(pb)])
		return err != nil
	}
	return false
}

// versionParts splits a version into runs of digits and runs of letters;
// punctuation only separates.
func versionParts(v string) []string {
	var parts []string
	var cur strings.Builder
	kind := 0 // 1 digits, 2 letters
	flush := func() {
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
		}
	}
	for _, r := range v {
		k := 0
		switch {
		case unicode.IsDigit(r):
			k = 1
		case unicode.IsLetter(r):
			k = 2
		}
		if k != kind {
			flush()
			kind = k
		}
		if k != 0 {
			cur.WriteRune(r)
		}
	}
	flush()
	return parts
}
