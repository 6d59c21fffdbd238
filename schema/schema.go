package schema

// Database is a whole PostgreSQL database as far as Strata models it: the
// user schemas and every object in them. System schemas (pg_catalog,
// information_schema, pg_toast, pg_temp_*) and objects owned by extensions are
// never part of it.
//
// Objects live in flat lists keyed by their qualified name (Schema, Name);
// Normalize sorts every list so that equal databases are deep-equal.
type Database struct {
	// Schemas are the namespaces, including "public" when it exists.
	Schemas []*Schema `json:"schemas,omitempty"`
	// Extensions are the installed extensions (CREATE EXTENSION).
	Extensions []*Extension `json:"extensions,omitempty"`
	// Enums are the enum types (CREATE TYPE ... AS ENUM).
	Enums []*Enum `json:"enums,omitempty"`
	// Domains are the domains (CREATE DOMAIN).
	Domains []*Domain `json:"domains,omitempty"`
	// CompositeTypes are the stand-alone composite types (CREATE TYPE ...
	// AS (...)).
	CompositeTypes []*CompositeType `json:"composite_types,omitempty"`
	// RangeTypes are the range types (CREATE TYPE ... AS RANGE).
	RangeTypes []*RangeType `json:"range_types,omitempty"`
	// Collations are the collations created with CREATE COLLATION.
	Collations []*Collation `json:"collations,omitempty"`
	// Casts are the user-defined casts (CREATE CAST).
	Casts []*Cast `json:"casts,omitempty"`
	// Operators are the user-defined operators (CREATE OPERATOR).
	Operators []*Operator `json:"operators,omitempty"`
	// OperatorFamilies are the operator families (CREATE OPERATOR FAMILY,
	// and those CREATE OPERATOR CLASS creates), with their loose members.
	OperatorFamilies []*OperatorFamily `json:"operator_families,omitempty"`
	// OperatorClasses are the operator classes (CREATE OPERATOR CLASS).
	OperatorClasses []*OperatorClass `json:"operator_classes,omitempty"`
	// Sequences are the stand-alone sequences, including those that serial
	// columns own. Sequences behind identity columns are not listed here:
	// they are part of the column's Identity.
	Sequences []*Sequence `json:"sequences,omitempty"`
	// Tables are ordinary, partitioned and partition tables.
	Tables []*Table `json:"tables,omitempty"`
	// Views are the views and materialized views.
	Views []*View `json:"views,omitempty"`
	// Rules are the rewrite rules on tables and views (CREATE RULE).
	Rules []*Rule `json:"rules,omitempty"`
	// Triggers are the triggers of tables and views, sorted by table and
	// name (see Trigger).
	Triggers []*Trigger `json:"triggers,omitempty"`
	// EventTriggers are the event triggers (CREATE EVENT TRIGGER).
	EventTriggers []*EventTrigger `json:"event_triggers,omitempty"`
	// Policies are the row-level security policies, sorted by table and
	// name.
	Policies []*Policy `json:"policies,omitempty"`
	// Statistics are the extended statistics objects (CREATE STATISTICS).
	Statistics []*Statistics `json:"statistics,omitempty"`
	// Functions are the functions, procedures and aggregates, sorted by
	// qualified name and then signature (overloads are distinct objects).
	Functions []*Function `json:"functions,omitempty"`
	// ForeignDataWrappers are the foreign-data wrappers not created by an
	// extension (see ForeignDataWrapper).
	ForeignDataWrappers []*ForeignDataWrapper `json:"foreign_data_wrappers,omitempty"`
	// ForeignServers are the foreign servers (CREATE SERVER).
	ForeignServers []*ForeignServer `json:"foreign_servers,omitempty"`
	// ForeignTables are the foreign tables (CREATE FOREIGN TABLE).
	ForeignTables []*ForeignTable `json:"foreign_tables,omitempty"`
	// UserMappings are the user mappings (CREATE USER MAPPING).
	UserMappings []*UserMapping `json:"user_mappings,omitempty"`
	// DefaultPrivileges are the entries of ALTER DEFAULT PRIVILEGES,
	// sorted by role, schema and kind (see DefaultPrivilege).
	DefaultPrivileges []*DefaultPrivilege `json:"default_privileges,omitempty"`
}

// QName is a schema-qualified object name, both parts raw (unquoted).
type QName struct {
	// Schema is the namespace name, e.g. "public".
	Schema string `json:"schema"`
	// Name is the object name within Schema.
	Name string `json:"name"`
}

// String returns the name as "schema.name" with both parts quoted only when
// PostgreSQL would need them quoted.
func (q QName) String() string { return QuoteIdent(q.Schema) + "." + QuoteIdent(q.Name) }

// Less orders qualified names by schema, then name.
func (q QName) Less(o QName) bool {
	if q.Schema != o.Schema {
		return q.Schema < o.Schema
	}
	return q.Name < o.Name
}

// Schema is a namespace (CREATE SCHEMA).
type Schema struct {
	// Name is the schema name.
	Name string `json:"name"`
	// Comment is the COMMENT ON SCHEMA text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the schema (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked: only the public schema
	// has any (USAGE to PUBLIC, see DefaultGrants).
	Revokes []Grant `json:"revokes,omitempty"`
}

// Extension is an installed extension (CREATE EXTENSION).
type Extension struct {
	// Name is the extension name, e.g. "pgcrypto".
	Name string `json:"name"`
	// Schema is the schema its objects were installed into.
	Schema string `json:"schema"`
	// Version is the installed version when it differs from the extension's
	// default version; empty means "the default version".
	Version string `json:"version,omitempty"`
	// Comment is the COMMENT ON EXTENSION text when it differs from the
	// comment the extension's control file sets; empty otherwise.
	Comment string `json:"comment,omitempty"`
}

// Enum is an enum type (CREATE TYPE ... AS ENUM).
type Enum struct {
	// Schema is the schema the type lives in.
	Schema string `json:"schema"`
	// Name is the type name.
	Name string `json:"name"`
	// Values are the labels in their sort order (pg_enum.enumsortorder).
	Values []string `json:"values"`
	// Comment is the COMMENT ON TYPE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the type (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked (USAGE to PUBLIC).
	Revokes []Grant `json:"revokes,omitempty"`
}

// QName returns the enum's qualified name.
func (e *Enum) QName() QName { return QName{e.Schema, e.Name} }

// Sequence is a sequence (CREATE SEQUENCE, or the one a serial column owns).
// Every option holds its effective value, defaults resolved, as
// pg_sequence stores it.
type Sequence struct {
	// Schema is the schema the sequence lives in.
	Schema string `json:"schema"`
	// Name is the sequence name.
	Name string `json:"name"`
	// Type is the data type: "smallint", "integer" or "bigint".
	Type string `json:"type"`
	// Start is the START WITH value.
	Start int64 `json:"start"`
	// Increment is the INCREMENT BY value (never 0).
	Increment int64 `json:"increment"`
	// Min is the MINVALUE.
	Min int64 `json:"min"`
	// Max is the MAXVALUE.
	Max int64 `json:"max"`
	// Cache is the CACHE size (at least 1).
	Cache int64 `json:"cache"`
	// Cycle is true for CYCLE.
	Cycle bool `json:"cycle,omitempty"`
	// OwnedBy is the column the sequence belongs to (OWNED BY), or nil.
	OwnedBy *ColumnRef `json:"owned_by,omitempty"`
	// Comment is the COMMENT ON SEQUENCE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the sequence (see Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// QName returns the sequence's qualified name.
func (s *Sequence) QName() QName { return QName{s.Schema, s.Name} }

// ColumnRef names one column of one table.
type ColumnRef struct {
	// Table is the table's qualified name.
	Table QName `json:"table"`
	// Column is the column name.
	Column string `json:"column"`
}

// Table is an ordinary table, a partitioned table or a partition.
type Table struct {
	// Schema is the schema the table lives in.
	Schema string `json:"schema"`
	// Name is the table name.
	Name string `json:"name"`
	// Unlogged is true for UNLOGGED tables.
	Unlogged bool `json:"unlogged,omitempty"`
	// AccessMethod is the table access method (USING ...) when it is not the
	// default "heap"; empty otherwise.
	AccessMethod string `json:"access_method,omitempty"`
	// Options are the storage parameters (WITH (...)) as "name=value"
	// strings, exactly as pg_class.reloptions holds them, sorted.
	Options []string `json:"options,omitempty"`
	// Inherits lists the parents of a table created with INHERITS, in
	// declaration order. Partitions use PartitionOf instead.
	Inherits []QName `json:"inherits,omitempty"`
	// PartitionKey is the PARTITION BY clause of a partitioned table, or nil.
	PartitionKey *PartitionKey `json:"partition_key,omitempty"`
	// PartitionOf is the parent of a partition (PARTITION OF), or nil.
	PartitionOf *QName `json:"partition_of,omitempty"`
	// PartitionBound is the bound of a partition; set if and only if
	// PartitionOf is.
	PartitionBound *PartitionBound `json:"partition_bound,omitempty"`
	// ReplicaIdentity is "" for the default (the primary key), "full",
	// "nothing", or "index" (then ReplicaIdentityIndex names the index).
	ReplicaIdentity string `json:"replica_identity,omitempty"`
	// ReplicaIdentityIndex is the index used by REPLICA IDENTITY USING INDEX.
	ReplicaIdentityIndex string `json:"replica_identity_index,omitempty"`
	// Columns are the table's columns in position order (dropped columns
	// excluded). For partitions and inheritance children, a column that is
	// only inherited and identical to the parent's is omitted (see
	// Column.Inherited and Normalize).
	Columns []*Column `json:"columns,omitempty"`
	// Constraints are the table's constraints (NOT NULL excepted, which is
	// Column.NotNull), sorted by name. Constraints PostgreSQL clones onto
	// partitions or inheritance children belong to the parent only.
	Constraints []*Constraint `json:"constraints,omitempty"`
	// Indexes are the indexes that do not back a constraint, sorted by name.
	// Indexes PostgreSQL clones onto partitions belong to the parent only.
	Indexes []*Index `json:"indexes,omitempty"`
	// RowSecurity is true when row-level security is enabled (ALTER TABLE
	// ... ENABLE ROW LEVEL SECURITY).
	RowSecurity bool `json:"row_security,omitempty"`
	// ForceRowSecurity is true when row-level security applies to the
	// table owner too (ALTER TABLE ... FORCE ROW LEVEL SECURITY).
	ForceRowSecurity bool `json:"force_row_security,omitempty"`
	// Comment is the COMMENT ON TABLE text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the table (see Grant); column
	// privileges are Column.Grants.
	Grants []Grant `json:"grants,omitempty"`
}

// QName returns the table's qualified name.
func (t *Table) QName() QName { return QName{t.Schema, t.Name} }

// Column returns the column called name, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Constraint returns the constraint called name, or nil.
func (t *Table) Constraint(name string) *Constraint {
	for _, c := range t.Constraints {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Index returns the index called name, or nil.
func (t *Table) Index(name string) *Index {
	for _, i := range t.Indexes {
		if i.Name == name {
			return i
		}
	}
	return nil
}

// PartitionKey is the PARTITION BY clause of a partitioned table.
type PartitionKey struct {
	// Strategy is "range", "list" or "hash".
	Strategy string `json:"strategy"`
	// Keys are the partition key columns or expressions, in order. Only
	// Column, Expr, Collation and OpClass are used.
	Keys []IndexKey `json:"keys"`
}

// PartitionBound is the FOR VALUES clause of a partition.
//
// Values are literals as pg_get_expr(relpartbound) prints them, e.g. "1",
// "'2024-01-01'", "'a'", "MINVALUE", "MAXVALUE", "NULL"; timestamps with time
// zone are printed as the server would in the UTC time zone.
type PartitionBound struct {
	// Default is true for the DEFAULT partition; then nothing else is set.
	Default bool `json:"default,omitempty"`
	// In holds the values of FOR VALUES IN (...) (list partitioning).
	In []string `json:"in,omitempty"`
	// From holds the lower bound of FOR VALUES FROM (...) TO (...).
	From []string `json:"from,omitempty"`
	// To holds the upper bound of FOR VALUES FROM (...) TO (...).
	To []string `json:"to,omitempty"`
	// Modulus is the MODULUS of FOR VALUES WITH (hash partitioning).
	Modulus int `json:"modulus,omitempty"`
	// Remainder is the REMAINDER of FOR VALUES WITH (hash partitioning).
	Remainder int `json:"remainder,omitempty"`
}

// Column is one column of a table.
type Column struct {
	// Name is the column name.
	Name string `json:"name"`
	// Type is the type as format_type(atttypid, atttypmod) prints it, e.g.
	// "integer", "character varying(20)", "numeric(10,2)", "text[]",
	// "public.mood".
	Type string `json:"type"`
	// Collation is the column's collation when it differs from its type's
	// default, as SQL text: "\"C\"", "\"en_US\"" (pg_catalog collations
	// unqualified) or "myschema.mycoll"; empty otherwise.
	Collation string `json:"collation,omitempty"`
	// NotNull is true for NOT NULL columns (primary key columns included).
	NotNull bool `json:"not_null,omitempty"`
	// Default is the canonical DEFAULT expression; empty when there is none.
	// Identity and generated columns have no Default.
	Default string `json:"default,omitempty"`
	// Identity is set for GENERATED ... AS IDENTITY columns.
	Identity *Identity `json:"identity,omitempty"`
	// Generated is the canonical expression of a GENERATED ALWAYS AS (...)
	// STORED column; empty otherwise.
	Generated string `json:"generated,omitempty"`
	// Statistics is the per-column statistics target (SET STATISTICS), or
	// nil for the default.
	Statistics *int `json:"statistics,omitempty"`
	// Storage is the storage mode (SET STORAGE) when it differs from the
	// type's default: "plain", "external", "extended" or "main"; empty
	// otherwise.
	Storage string `json:"storage,omitempty"`
	// Compression is the compression method (SET COMPRESSION): "pglz" or
	// "lz4"; empty for the server default.
	Compression string `json:"compression,omitempty"`
	// Inherited is true when the column comes from a parent table (a
	// partition's columns, or an INHERITS parent's) and is not declared
	// locally as well (pg_attribute.attislocal is false).
	Inherited bool `json:"inherited,omitempty"`
	// Comment is the COMMENT ON COLUMN text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the column privileges (GRANT SELECT (col) ON ...; see
	// Grant).
	Grants []Grant `json:"grants,omitempty"`
}

// Identity describes a GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY column and
// its implicit sequence. Sequence options hold their effective values.
type Identity struct {
	// Always is true for GENERATED ALWAYS, false for BY DEFAULT.
	Always bool `json:"always,omitempty"`
	// Sequence is the name of the implicit sequence, in the table's schema.
	Sequence string `json:"sequence"`
	// Start is the START WITH value.
	Start int64 `json:"start"`
	// Increment is the INCREMENT BY value.
	Increment int64 `json:"increment"`
	// Min is the MINVALUE.
	Min int64 `json:"min"`
	// Max is the MAXVALUE.
	Max int64 `json:"max"`
	// Cache is the CACHE size.
	Cache int64 `json:"cache"`
	// Cycle is true for CYCLE.
	Cycle bool `json:"cycle,omitempty"`
}

// Constraint kinds, as stored in Constraint.Kind.
const (
	PrimaryKey = "primary key"
	Unique     = "unique"
	Check      = "check"
	ForeignKey = "foreign key"
	Exclude    = "exclude"
)

// Foreign-key actions and match types, as stored in Constraint.OnDelete,
// OnUpdate and Match. The zero value "" means NO ACTION / MATCH SIMPLE.
const (
	Restrict   = "restrict"
	Cascade    = "cascade"
	SetNull    = "set null"
	SetDefault = "set default"
	MatchFull  = "full"
)

// Constraint is a table constraint: primary key, unique, check, foreign key
// or exclusion. Which fields are used depends on Kind.
type Constraint struct {
	// Name is the constraint name (PostgreSQL's generated name when the
	// DDL gave none).
	Name string `json:"name"`
	// Kind is PrimaryKey, Unique, Check, ForeignKey or Exclude.
	Kind string `json:"kind"`
	// Columns are the key columns of a primary key, unique or foreign key.
	Columns []string `json:"columns,omitempty"`
	// Include are the INCLUDE columns of a primary key, unique or exclusion
	// constraint.
	Include []string `json:"include,omitempty"`
	// NullsNotDistinct is true for UNIQUE NULLS NOT DISTINCT.
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
	// Expr is the canonical expression of a check constraint.
	Expr string `json:"expr,omitempty"`
	// NoInherit is true for a check constraint marked NO INHERIT.
	NoInherit bool `json:"no_inherit,omitempty"`
	// NotValid is true for a check or foreign key added NOT VALID and not
	// validated since.
	NotValid bool `json:"not_valid,omitempty"`
	// Deferrable is true for DEFERRABLE constraints.
	Deferrable bool `json:"deferrable,omitempty"`
	// InitiallyDeferred is true for DEFERRABLE INITIALLY DEFERRED.
	InitiallyDeferred bool `json:"initially_deferred,omitempty"`
	// RefTable is the referenced table of a foreign key.
	RefTable *QName `json:"ref_table,omitempty"`
	// RefColumns are the referenced columns of a foreign key, always
	// spelled out (PostgreSQL resolves an omitted list to the primary key).
	RefColumns []string `json:"ref_columns,omitempty"`
	// OnDelete is the ON DELETE action of a foreign key: "" (NO ACTION),
	// Restrict, Cascade, SetNull or SetDefault.
	OnDelete string `json:"on_delete,omitempty"`
	// OnDeleteColumns are the columns of ON DELETE SET NULL (cols) / SET
	// DEFAULT (cols) (PostgreSQL 15+).
	OnDeleteColumns []string `json:"on_delete_columns,omitempty"`
	// OnUpdate is the ON UPDATE action of a foreign key, as OnDelete.
	OnUpdate string `json:"on_update,omitempty"`
	// Match is "" for MATCH SIMPLE or MatchFull.
	Match string `json:"match,omitempty"`
	// Method is the index method of an exclusion constraint, e.g. "gist".
	Method string `json:"method,omitempty"`
	// Elements are the elements of an exclusion constraint.
	Elements []ExcludeElement `json:"elements,omitempty"`
	// Where is the canonical predicate of an exclusion constraint.
	Where string `json:"where,omitempty"`
	// IndexOptions are the storage parameters of the index behind a primary
	// key, unique or exclusion constraint (USING INDEX ... WITH (...)), as
	// "name=value" strings, sorted.
	IndexOptions []string `json:"index_options,omitempty"`
	// Comment is the COMMENT ON CONSTRAINT text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// IndexComment is the COMMENT ON INDEX text of the index behind a
	// primary key, unique or exclusion constraint (pg_dump keeps it apart
	// from the constraint's comment); empty when there is none.
	IndexComment string `json:"index_comment,omitempty"`
}

// ExcludeElement is one "key WITH operator" element of an exclusion
// constraint.
type ExcludeElement struct {
	// Key is the column or expression with its collation, opclass and order.
	Key IndexKey `json:"key"`
	// Operator is the operator, e.g. "=" or "&&" (schema-qualified when it is
	// not in pg_catalog).
	Operator string `json:"operator"`
}

// Index is an index that does not back a constraint.
type Index struct {
	// Name is the index name (in the table's schema).
	Name string `json:"name"`
	// Unique is true for UNIQUE indexes.
	Unique bool `json:"unique,omitempty"`
	// NullsNotDistinct is true for UNIQUE NULLS NOT DISTINCT.
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
	// Method is the access method: "btree", "hash", "gin", "gist", "brin",
	// "spgist" or another installed one.
	Method string `json:"method"`
	// Keys are the key columns or expressions, in order.
	Keys []IndexKey `json:"keys"`
	// Include are the INCLUDE (non-key) columns.
	Include []string `json:"include,omitempty"`
	// Where is the canonical predicate of a partial index.
	Where string `json:"where,omitempty"`
	// Options are the storage parameters (WITH (...)) as "name=value"
	// strings, sorted.
	Options []string `json:"options,omitempty"`
	// Comment is the COMMENT ON INDEX text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Invalid is true for an index of a plain table that PostgreSQL marks
	// invalid (pg_index.indisvalid false): what a CREATE INDEX
	// CONCURRENTLY that failed or was killed leaves behind. It is never
	// used by queries and differs from the same index valid, so a plan
	// drops and re-creates it. Only inspection sets it: SQL cannot declare
	// an invalid index. (An index ON ONLY a partitioned table, invalid
	// until every partition's index is attached, is not Invalid.)
	Invalid bool `json:"invalid,omitempty"`
}

// IndexKey is one key of an index, exclusion constraint or partition key:
// exactly one of Column and Expr is set.
type IndexKey struct {
	// Column is the column name of a plain column key.
	Column string `json:"column,omitempty"`
	// Expr is the canonical expression of an expression key.
	Expr string `json:"expr,omitempty"`
	// Collation is the key's collation when given explicitly and different
	// from the column's, as SQL text (see Column.Collation).
	Collation string `json:"collation,omitempty"`
	// OpClass is the operator class when it is not the default for the
	// key's type, as SQL text ("text_pattern_ops", "public.gin_trgm_ops"),
	// followed by its parameters in parentheses if any.
	OpClass string `json:"opclass,omitempty"`
	// Desc is true for DESC.
	Desc bool `json:"desc,omitempty"`
	// NullsFirst is true when NULLs sort first: DESC without NULLS LAST, or
	// an explicit NULLS FIRST. It is meaningful only for ordered methods.
	NullsFirst bool `json:"nulls_first,omitempty"`
	// Statistics is the statistics target of an expression key of an index
	// or exclusion constraint (ALTER INDEX ... ALTER COLUMN n SET
	// STATISTICS), or nil for the default. Plain column keys and partition
	// keys never have one.
	Statistics *int `json:"statistics,omitempty"`
}
