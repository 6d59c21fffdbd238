// Package ddl is Strata's SQL language: it turns SQL files into the schema
// model (Parse, ParseFiles, ParseSQL), converts PostgreSQL's own DDL output
// into model objects (IndexFromDef, ConstraintFromDef, PartitionKeyFromDef,
// PartitionBoundFromDef, ExprFromDef) and renders model objects as DDL.
//
// Parsing uses PostgreSQL's own grammar (pg_query_go) and replays the
// statements of a file on an empty database kept in memory: objects are
// created in the schema search_path selects, unqualified names are looked
// up the way PostgreSQL would look them up, serial columns become an owned
// sequence and a nextval default, and objects that were given no name get
// the name PostgreSQL would give them (t_pkey, t_a_key, t_a_fkey,
// t_a_check, t_a_idx, t_id_seq, truncated to 63 bytes and numbered on
// collision). The result is what the catalog of a fresh database would hold
// after running the same file, so that Parse and the live inspector agree.
//
// Statements that only change session state (SET, set_config), ownership
// (OWNER TO), transactions (BEGIN, COMMIT) or data (INSERT, COPY, setval)
// are skipped on purpose and reported in Result.Skipped. Any other statement
// the package does not model yet is an error at its file:line:col, unless
// Options.SkipUnsupported asks to count it in Result.Unsupported instead.
//
// The *FromDef functions parse the text that pg_get_indexdef,
// pg_get_constraintdef, pg_get_partkeydef and pg_get_expr print and run it
// through the same conversion code as user statements, so that both sources
// of a model agree by construction.
package ddl
