package ddl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	pgparser "github.com/pganalyze/pg_query_go/v6/parser"

	"github.com/stratadb/strata/schema"
)

// Options changes how ParseFiles and ParseSQL treat their input.
type Options struct {
	// SkipUnsupported counts statements the model does not cover yet in
	// Result.Unsupported instead of failing on them. It exists for tests
	// over real-world schemas; users get an error for such statements.
	SkipUnsupported bool
	// Role is the role that will apply the files: the user of the
	// connection a plan is for. ALTER DEFAULT PRIVILEGES FOR ROLE of this
	// role, CURRENT_USER in policies and user mappings, and "$user" in
	// search_path mean it, as they would on that connection. Empty means
	// "postgres", the superuser that schema tools and the tests use.
	Role string
}

// Result is what ParseFiles and ParseSQL produce.
type Result struct {
	// DB is the parsed schema, normalized (schema.Normalize).
	DB *schema.Database
	// Skipped are the statements skipped on purpose because they are not
	// schema: session settings, ownership, transactions and data.
	Skipped []Skipped
	// Unsupported are the statements not modeled yet, counted instead of
	// failing because Options.SkipUnsupported was set.
	Unsupported []Skipped
	// Undecided are the views, materialized views and rules whose
	// canonical query keeps part of the user's text as written, because
	// the canonicaliser could not tell what PostgreSQL stores there (Kind
	// says what, e.g. "a function in FROM whose columns are unknown");
	// such an object compares equal to a database only when written the
	// way PostgreSQL prints it.
	Undecided []Skipped
}

// Skipped is a statement that did not contribute to the model.
type Skipped struct {
	// Pos is where the statement starts.
	Pos Pos
	// Kind is the kind of statement, e.g. "SET", "INSERT",
	// "ALTER TABLE OWNER TO" or "CREATE VIEW".
	Kind string
	// Object is the qualified name ("schema.name", quoted where needed) of
	// the object the statement creates or changes, when known; empty
	// otherwise.
	Object string
}

// maxErrors is the number of errors after which parsing stops.
const maxErrors = 20

// Parse reads the SQL files or directories (searched recursively for *.sql
// files, taken in path order) at paths and returns the schema they
// declare, as if they ran in that order on an empty database. Statements
// skipped on purpose are not reported; use ParseFiles to see them.
func Parse(paths ...string) (*schema.Database, error) {
	res, err := ParseFiles(Options{}, paths...)
	if err != nil {
		return nil, err
	}
	return res.DB, nil
}

// ParseFiles is Parse with options, returning the skipped statements too.
// Errors in the SQL are an ErrorList of *Error with file:line:col.
func ParseFiles(opts Options, paths ...string) (*Result, error) {
	files, err := sqlFiles(paths)
	if err != nil {
		return nil, err
	}
	p := newParser(opts)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading SQL: %w", err)
		}
		if !p.file(f, string(data)) {
			break
		}
	}
	return p.result()
}

// ParseSQL parses sql as if it were the file filename (used in positions).
func ParseSQL(opts Options, filename, sql string) (*Result, error) {
	p := newParser(opts)
	p.file(filename, sql)
	return p.result()
}

// sqlFiles expands paths into the list of files to read: a file is taken
// as it is, a directory contributes its *.sql files, recursively, sorted
// by path.
func sqlFiles(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return nil, errors.New("no SQL file or directory given")
	}
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading SQL: %w", err)
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".sql") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading SQL directory: %w", err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("directory %s holds no .sql file", p)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// parser replays statements on a state.
type parser struct {
	opts Options
	st   *state
	res  Result
	errs ErrorList

	// the file being parsed
	name  string
	src   string
	lines []int // byte offset of the start of each line

	// inTx is true inside BEGIN ... COMMIT; txPath is the search_path to
	// restore at its end after a SET LOCAL.
	inTx   bool
	txPath []string
	// sess holds the session's settings, for SET ... FROM CURRENT.
	sess session
}

func newParser(opts Options) *parser {
	st := newState()
	if opts.Role != "" {
		st.user = opts.Role
	}
	return &parser{opts: opts, st: st}
}

func (p *parser) result() (*Result, error) {
	if err := p.errs.err(); err != nil {
		return nil, err
	}
	p.settleDefaultACLs()
	p.res.DB = p.st.database()
	return &p.res, nil
}

// file parses one source text; it returns false once too many errors were
// found to go on.
func (p *parser) file(name, src string) bool {
	p.name, p.src, p.lines = name, src, nil
	src = p.blankMetaCommands(src)
	tree, err := pg_query.Parse(src)
	if err != nil {
		p.errs = append(p.errs, p.syntaxError(err))
		return false
	}
	for _, raw := range tree.Stmts {
		start := skipSpace(src, int(raw.StmtLocation))
		if err := p.stmt(raw.Stmt, start); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				e = &Error{Pos: p.pos(start), Msg: err.Error()}
			}
			p.errs = append(p.errs, e)
			if len(p.errs) >= maxErrors {
				return false
			}
		}
	}
	return true
}

// syntaxError turns a pg_query error into an *Error at its position.
func (p *parser) syntaxError(err error) *Error {
	var pe *pgparser.Error
	if errors.As(err, &pe) {
		off := 0
		if pe.Cursorpos > 0 {
			off = charToByte(p.src, pe.Cursorpos-1)
		}
		return &Error{Pos: p.pos(off), Msg: "syntax: " + pe.Message}
	}
	return &Error{Pos: p.pos(0), Msg: "syntax: " + err.Error()}
}

// pos converts a byte offset in the current file into a position. It is
// the one place where offsets become line:col.
func (p *parser) pos(off int) Pos {
	if p.lines == nil {
		p.lines = append(p.lines, 0)
		for i := 0; i < len(p.src); i++ {
			if p.src[i] == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	if off < 0 {
		off = 0
	}
	if off > len(p.src) {
		off = len(p.src)
	}
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return Pos{File: p.name, Line: line + 1, Col: off - p.lines[line] + 1}
}

// charToByte converts an offset in characters (what PostgreSQL's error
// cursor counts) into a byte offset in s.
func charToByte(s string, chars int) int {
	off := 0
	for i := 0; i < chars && off < len(s); i++ {
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return off
}

// skipSpace moves off past white space and comments, to where a statement
// really starts (pg_query's statement locations include what precedes it).
func skipSpace(s string, off int) int {
	for off < len(s) {
		switch {
		case s[off] == ' ' || s[off] == '\t' || s[off] == '\n' || s[off] == '\r' || s[off] == '\f' || s[off] == '\v':
			off++
		case strings.HasPrefix(s[off:], "--"):
			i := strings.IndexByte(s[off:], '\n')
			if i < 0 {
				return len(s)
			}
			off += i + 1
		case strings.HasPrefix(s[off:], "/*"):
			depth := 0
			for off < len(s) {
				if strings.HasPrefix(s[off:], "/*") {
					depth++
					off += 2
				} else if strings.HasPrefix(s[off:], "*/") {
					depth--
					off += 2
					if depth == 0 {
						break
					}
				} else {
					off++
				}
			}
		default:
			return off
		}
	}
	return off
}

// skip records a statement skipped on purpose.
func (p *parser) skip(start int, kind string) {
	p.res.Skipped = append(p.res.Skipped, Skipped{Pos: p.pos(start), Kind: kind})
}

// unsupported records a statement the model does not cover: an error,
// unless Options.SkipUnsupported. what is a short description of the
// object; object its qualified name when known.
func (p *parser) unsupported(start int, kind, object, what string) error {
	if p.opts.SkipUnsupported {
		p.res.Unsupported = append(p.res.Unsupported, Skipped{Pos: p.pos(start), Kind: kind, Object: object})
		return nil
	}
	msg := "unsupported statement " + kind
	if what != "" {
		msg += " (" + what + ")"
	}
	if object != "" {
		msg += " of " + object
	}
	return &Error{Pos: p.pos(start), Msg: msg + "; Strata does not model it yet: keep such statements out of the files it reads"}
}

// stmt applies one statement, which starts at byte offset start.
func (p *parser) stmt(n *pg_query.Node, start int) error {
	switch x := n.GetNode().(type) {
	case *pg_query.Node_CreateSchemaStmt:
		return p.createSchema(x.CreateSchemaStmt, start)
	case *pg_query.Node_CreateExtensionStmt:
		return p.createExtension(x.CreateExtensionStmt)
	case *pg_query.Node_CreateEnumStmt:
		return p.createEnum(x.CreateEnumStmt)
	case *pg_query.Node_AlterEnumStmt:
		return p.alterEnum(x.AlterEnumStmt)
	case *pg_query.Node_CreateSeqStmt:
		return p.createSequence(x.CreateSeqStmt)
	case *pg_query.Node_AlterSeqStmt:
		return p.alterSequence(x.AlterSeqStmt)
	case *pg_query.Node_CreateStmt:
		return p.createTable(x.CreateStmt, start)
	case *pg_query.Node_ViewStmt:
		return p.createView(x.ViewStmt, start)
	case *pg_query.Node_CreateTableAsStmt:
		return p.createTableAs(x.CreateTableAsStmt, start)
	case *pg_query.Node_RuleStmt:
		return p.createRule(x.RuleStmt, start)
	case *pg_query.Node_RefreshMatViewStmt:
		return p.refreshMatview(x.RefreshMatViewStmt)
	case *pg_query.Node_IndexStmt:
		return p.createIndex(x.IndexStmt, start)
	case *pg_query.Node_AlterTableStmt:
		return p.alterTable(x.AlterTableStmt, start)
	case *pg_query.Node_RenameStmt:
		return p.rename(x.RenameStmt, start)
	case *pg_query.Node_AlterObjectSchemaStmt:
		return p.setSchema(x.AlterObjectSchemaStmt, start)
	case *pg_query.Node_CommentStmt:
		return p.comment(x.CommentStmt, start)
	case *pg_query.Node_CreateTrigStmt:
		return p.createTrigger(x.CreateTrigStmt, start)
	case *pg_query.Node_CreateEventTrigStmt:
		return p.createEventTrigger(x.CreateEventTrigStmt)
	case *pg_query.Node_AlterEventTrigStmt:
		return p.alterEventTrigger(x.AlterEventTrigStmt)
	case *pg_query.Node_CreatePolicyStmt:
		return p.createPolicy(x.CreatePolicyStmt, start)
	case *pg_query.Node_AlterPolicyStmt:
		return p.alterPolicy(x.AlterPolicyStmt, start)
	case *pg_query.Node_CreateFunctionStmt:
		return p.createFunction(x.CreateFunctionStmt)
	case *pg_query.Node_AlterFunctionStmt:
		return p.alterFunction(x.AlterFunctionStmt)
	case *pg_query.Node_CreateDomainStmt:
		return p.createDomain(x.CreateDomainStmt)
	case *pg_query.Node_AlterDomainStmt:
		return p.alterDomain(x.AlterDomainStmt, start)
	case *pg_query.Node_CompositeTypeStmt:
		return p.createComposite(x.CompositeTypeStmt)
	case *pg_query.Node_CreateRangeStmt:
		return p.createRange(x.CreateRangeStmt)
	case *pg_query.Node_CreateCastStmt:
		return p.createCast(x.CreateCastStmt)
	case *pg_query.Node_DropStmt:
		return p.drop(x.DropStmt, start)
	case *pg_query.Node_CreateFdwStmt, *pg_query.Node_AlterFdwStmt, *pg_query.Node_CreateForeignServerStmt,
		*pg_query.Node_AlterForeignServerStmt, *pg_query.Node_CreateForeignTableStmt, *pg_query.Node_CreateUserMappingStmt,
		*pg_query.Node_AlterUserMappingStmt, *pg_query.Node_DropUserMappingStmt:
		return p.foreign(n, start)
	case *pg_query.Node_ImportForeignSchemaStmt:
		return p.importForeignSchema(x.ImportForeignSchemaStmt, start)
	case *pg_query.Node_VariableSetStmt:
		return p.set(x.VariableSetStmt, start)
	case *pg_query.Node_SelectStmt:
		return p.selectStmt(x.SelectStmt, start)
	case *pg_query.Node_InsertStmt:
		p.skip(start, "INSERT")
	case *pg_query.Node_UpdateStmt:
		p.skip(start, "UPDATE")
	case *pg_query.Node_DeleteStmt:
		p.skip(start, "DELETE")
	case *pg_query.Node_CopyStmt:
		p.skip(start, "COPY")
	case *pg_query.Node_TransactionStmt:
		p.transaction(x.TransactionStmt.Kind)
		p.skip(start, transactionKind(x.TransactionStmt.Kind))
	case *pg_query.Node_GrantStmt:
		return p.grant(x.GrantStmt, start)
	case *pg_query.Node_AlterDefaultPrivilegesStmt:
		return p.alterDefaultPrivileges(x.AlterDefaultPrivilegesStmt, start)
	case *pg_query.Node_GrantRoleStmt:
		p.skip(start, grantRoleKind(x.GrantRoleStmt)) // role membership: not schema
	case *pg_query.Node_AlterOwnerStmt:
		p.skip(start, "ALTER "+objectTypeWord(x.AlterOwnerStmt.ObjectType)+" OWNER TO")
	default:
		return p.other(n, start)
	}
	return nil
}

// blankMetaCommands replaces psql meta-command lines (a backslash at the
// start of a line, such as the \restrict and \unrestrict lines pg_dump
// writes) by spaces, so that positions stay the same, and records them as
// skipped.
func (p *parser) blankMetaCommands(src string) string {
	var b []byte
	for off := 0; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		if src[off] == '\\' {
			if b == nil {
				b = []byte(src)
			}
			kind := "psql meta-command"
			if f := strings.Fields(src[off:end]); len(f) > 0 {
				kind = "psql " + f[0]
			}
			p.skip(off, kind)
			for i := off; i < end; i++ {
				b[i] = ' '
			}
		}
		off = end + 1
	}
	if b == nil {
		return src
	}
	return string(b)
}
