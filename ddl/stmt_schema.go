package ddl

import (
	"errors"
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createSchema applies CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role].
func (p *parser) createSchema(s *pg_query.CreateSchemaStmt, start int) error {
	name := s.Schemaname
	if name == "" && s.Authrole != nil {
		name = s.Authrole.Rolename
	}
	if name == "" {
		return errors.New("CREATE SCHEMA needs a name or AUTHORIZATION with a role name")
	}
	if len(s.SchemaElts) > 0 {
		return p.unsupported(start, "CREATE SCHEMA", schema.QuoteIdent(name), "with schema elements; create the objects in separate statements")
	}
	if p.st.schemas[name] != nil {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("schema %s already exists", schema.QuoteIdent(name))
	}
	p.st.schemas[name] = &schema.Schema{Name: name}
	return nil
}

// extensionObjects lists, for the extensions whose objects columns and
// indexes commonly name, the types and operator classes they create in
// their schema. The parser needs them to qualify those names like
// format_type and pg_get_indexdef do.
var extensionObjects = map[string]struct{ types, opclasses []string }{
	"citext":    {types: []string{"citext"}, opclasses: []string{"citext_ops", "citext_pattern_ops"}},
	"hstore":    {types: []string{"hstore"}, opclasses: []string{"gist_hstore_ops", "gin_hstore_ops", "btree_hstore_ops", "hash_hstore_ops"}},
	"ltree":     {types: []string{"ltree", "lquery", "ltxtquery"}, opclasses: []string{"ltree_ops", "gist_ltree_ops", "gist__ltree_ops", "hash_ltree_ops"}},
	"cube":      {types: []string{"cube"}, opclasses: []string{"cube_ops", "gist_cube_ops"}},
	"isn":       {types: []string{"ean13", "isbn13", "ismn13", "issn13", "isbn", "ismn", "issn", "upc"}},
	"vector":    {types: []string{"vector", "halfvec", "sparsevec"}, opclasses: []string{"vector_l2_ops", "vector_ip_ops", "vector_cosine_ops", "vector_l1_ops", "halfvec_l2_ops", "halfvec_ip_ops", "halfvec_cosine_ops"}},
	"pg_trgm":   {opclasses: []string{"gin_trgm_ops", "gist_trgm_ops"}},
	"intarray":  {opclasses: []string{"gist__int_ops", "gist__intbig_ops", "gin__int_ops"}},
	"seg":       {types: []string{"seg"}, opclasses: []string{"seg_ops", "gist_seg_ops"}},
	"btree_gin": {},
	"btree_gist": {opclasses: []string{"gist_oid_ops", "gist_int2_ops", "gist_int4_ops", "gist_int8_ops", "gist_float4_ops",
		"gist_float8_ops", "gist_timestamp_ops", "gist_timestamptz_ops", "gist_time_ops", "gist_timetz_ops", "gist_date_ops",
		"gist_interval_ops", "gist_cash_ops", "gist_macaddr_ops", "gist_macaddr8_ops", "gist_text_ops", "gist_bpchar_ops",
		"gist_bytea_ops", "gist_numeric_ops", "gist_bit_ops", "gist_vbit_ops", "gist_inet_ops", "gist_cidr_ops",
		"gist_uuid_ops", "gist_enum_ops", "gist_bool_ops"}},
}

// createExtension applies CREATE EXTENSION [IF NOT EXISTS] name [SCHEMA s]
// [VERSION v] [CASCADE].
func (p *parser) createExtension(s *pg_query.CreateExtensionStmt) error {
	if s.Extname == "plpgsql" {
		return nil // installed in pg_catalog in every database; not modeled
	}
	if p.st.exts[s.Extname] != nil {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("extension %s already exists", schema.QuoteIdent(s.Extname))
	}
	ext := &schema.Extension{Name: s.Extname}
	schemaName := ""
	for _, o := range s.Options {
		d := o.GetDefElem()
		switch d.GetDefname() {
		case "schema":
			schemaName = defString(d)
		case "new_version":
			ext.Version = defString(d)
		}
	}
	q, err := p.st.createName(schemaName, s.Extname)
	if err != nil {
		return err
	}
	ext.Schema = q.Schema
	p.st.exts[s.Extname] = ext
	for _, t := range extensionObjects[s.Extname].types {
		p.st.types[qname{Schema: ext.Schema, Name: t}] = true
	}
	return nil
}

// extensionOpclassSchema returns the schema of an installed extension that
// creates the operator class called name, or "".
func (st *state) extensionOpclassSchema(name string) string {
	for ext, objs := range extensionObjects {
		if e := st.exts[ext]; e != nil && containsString(objs.opclasses, name) {
			return e.Schema
		}
	}
	return ""
}

// extensionComments are the comments the control files of PostgreSQL's
// contrib extensions set (pg_available_extensions.comment). A COMMENT ON
// EXTENSION that sets the same text is no change.
var extensionComments = map[string]string{
	"adminpack": "administrative functions for PostgreSQL", "amcheck": "functions for verifying relation integrity",
	"autoinc": "functions for autoincrementing fields", "bloom": "bloom access method - signature file based index",
	"btree_gin": "support for indexing common datatypes in GIN", "btree_gist": "support for indexing common datatypes in GiST",
	"citext": "data type for case-insensitive character strings", "cube": "data type for multidimensional cubes",
	"dblink": "connect to other PostgreSQL databases from within a database", "dict_int": "text search dictionary template for integers",
	"dict_xsyn": "text search dictionary template for extended synonym processing", "earthdistance": "calculate great-circle distances on the surface of the Earth",
	"file_fdw": "foreign-data wrapper for flat file access", "fuzzystrmatch": "determine similarities and distance between strings",
	"hstore": "data type for storing sets of (key, value) pairs", "insert_username": "functions for tracking who changed a table",
	"intagg": "integer aggregator and enumerator (obsolete)", "intarray": "functions, operators, and index support for 1-D arrays of integers",
	"isn": "data types for international product numbering standards", "lo": "Large Object maintenance",
	"ltree": "data type for hierarchical tree-like structures", "moddatetime": "functions for tracking last modification time",
	"pageinspect": "inspect the contents of database pages at a low level", "pg_buffercache": "examine the shared buffer cache",
	"pg_freespacemap": "examine the free space map (FSM)", "pg_prewarm": "prewarm relation data",
	"pg_stat_statements": "track planning and execution statistics of all SQL statements executed", "pg_surgery": "extension to perform surgery on a damaged relation",
	"pg_trgm": "text similarity measurement and index searching based on trigrams", "pg_visibility": "examine the visibility map (VM) and page-level visibility info",
	"pg_walinspect": "functions to inspect contents of PostgreSQL Write-Ahead Log", "pgcrypto": "cryptographic functions",
	"pgrowlocks": "show row-level locking information", "pgstattuple": "show tuple-level statistics",
	"postgres_fdw": "foreign-data wrapper for remote PostgreSQL servers", "refint": "functions for implementing referential integrity (obsolete)",
	"seg": "data type for representing line segments or floating-point intervals", "sslinfo": "information about SSL certificates",
	"tablefunc": "functions that manipulate whole tables, including crosstab", "tcn": "Triggered change notifications",
	"tsm_system_rows": "TABLESAMPLE method which accepts number of rows as a limit", "tsm_system_time": "TABLESAMPLE method which accepts time in milliseconds as a limit",
	"unaccent": "text search dictionary that removes accents", "uuid-ossp": "generate universally unique identifiers (UUIDs)",
	"xml2": "XPath querying and XSLT",
}
