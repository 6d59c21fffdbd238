package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/schema"
)

// connectTimeout bounds connecting to a database whose URL does not set
// connect_timeout itself.
const connectTimeout = 10 * time.Second

// source is where a schema is read from: a live database or SQL files. The
// commands that take a SRC argument (inspect now, diff and plan later) all
// read it through loadSource.
type source struct {
	// url is a postgres:// or postgresql:// database URL; empty for files.
	url string
	// path is a .sql file or a directory of them; empty for a database.
	path string
	// dev is the --dev-url: when set, files are loaded into a temporary
	// database on that server and inspected (devurl.go).
	dev string
	// role is the role that will apply files read offline: the user of
	// the connection the command plans against (connectionRole); empty
	// when the command has no such connection (ddl.Options.Role).
	role string
}

// connectionRole returns the user that a connection to dbURL logs in as
// (the URL's user, else PGUSER, else the operating system user, as pgx
// and libpq decide), "" when dbURL is not a database URL. Files that a
// plan for that database reads are parsed as applied by that role:
// ALTER DEFAULT PRIVILEGES FOR ROLE of it means the role that applies
// them, as it does on that connection.
func connectionRole(dbURL string) string {
	if dbURL == "" {
		return ""
	}
	config, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return ""
	}
	return config.User
}

// parseSource classifies a SRC argument. It does not touch the file system
// or the network.
func parseSource(arg string) (source, error) {
	switch {
	case arg == "":
		return source{}, &usageError{msg: "SRC is empty: give a database URL or a path to SQL files"}
	case strings.HasPrefix(arg, "postgres://"), strings.HasPrefix(arg, "postgresql://"):
		return source{url: arg}, nil
	case strings.Contains(arg, "://"):
		scheme, _, _ := strings.Cut(arg, "://")
		return source{}, &usageError{msg: fmt.Sprintf("unsupported source scheme %q: give a postgres:// or postgresql:// URL, or a path to .sql files", scheme+"://")}
	}
	return source{path: arg}, nil
}

// secrets returns the password a database URL carries (in its user info or
// as a password parameter), which must never be printed.
func (s source) secrets() []string {
	if s.url == "" {
		return nil
	}
	var out []string
	if u, err := url.Parse(s.url); err == nil {
		if p, ok := u.User.Password(); ok {
			out = append(out, p, url.PathEscape(p), url.QueryEscape(p))
		}
		if p := u.Query().Get("password"); p != "" {
			out = append(out, p, url.QueryEscape(p))
		}
		return out
	}
	// A URL that does not parse: take what stands between the first ':'
	// after the scheme and the last '@' before the path, if anything.
	rest := s.url[strings.Index(s.url, "://")+3:]
	if slash := strings.IndexAny(rest, "/?"); slash >= 0 {
		rest = rest[:slash]
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		if _, pw, ok := strings.Cut(rest[:at], ":"); ok && pw != "" {
			out = append(out, pw)
		}
	}
	return out
}

// loadSource reads the schema at s. Only the schemas named in schemas are
// kept when it is not empty (the same filter for files and databases, so
// that both print the same model). Notes about SQL statements skipped on
// purpose go to diag.
func loadSource(ctx context.Context, s source, schemas []string, diag io.Writer) (*schema.Database, error) {
	var db *schema.Database
	var err error
	switch {
	case s.url != "":
		db, err = loadDatabase(ctx, s.url, schemas)
	case s.dev != "":
		db, err = loadDev(ctx, s.dev, s.path, schemas)
	default:
		db, err = loadFiles(ctx, s.path, s.role, diag)
	}
	if err != nil {
		return nil, err
	}
	return schema.Filter(db, schemas), nil
}

// connect opens a connection to the database at dbURL with the connect
// timeout and, unless the URL sets one, application_name app.
func connect(ctx context.Context, dbURL, app string) (*pgx.Conn, error) {
	config, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("invalid database URL: %w", err)
	}
	if config.ConnectTimeout == 0 {
		config.ConnectTimeout = connectTimeout
	}
	if _, ok := config.RuntimeParams["application_name"]; !ok {
		config.RuntimeParams["application_name"] = app
	}
	conn, err := pgx.ConnectConfig(ctx, config)
	if err != nil {
		return nil, interrupted(ctx, fmt.Errorf("connecting to the database: %w", err))
	}
	return conn, nil
}

func loadDatabase(ctx context.Context, dbURL string, schemas []string) (*schema.Database, error) {
	conn, err := connect(ctx, dbURL, "strata")
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	// The schema strata holds strata apply's history (apply.HistorySchema):
	// it is never part of a database's schema.
	db, err := inspect.Live(ctx, conn, inspect.Options{Schemas: schemas, ExcludeSchemas: []string{apply.HistorySchema}})
	if err != nil {
		return nil, interrupted(ctx, fmt.Errorf("reading the database schema: %w", err))
	}
	return db, nil
}

// interrupted replaces err with a plain message when ctx was cancelled
// (the user pressed Ctrl-C).
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errors.New("interrupted")
	}
	return err
}

// loadFiles reads the schema in the .sql and .hcl files at path (a file
// or a directory, which may mix both), as applied by role (see
// source.role); --var values for HCL variables come from ctx (see
// takeVars).
func loadFiles(ctx context.Context, path, role string, diag io.Writer) (*schema.Database, error) {
	hclFiles, hasSQL, err := hclSources(path)
	if err != nil {
		return nil, err
	}
	var res *ddl.Result
	if len(hclFiles) > 0 {
		res, err = loadHCL(ctx, path, role, hclFiles, hasSQL)
	} else {
		res, err = ddl.ParseFiles(ddl.Options{Role: role}, path)
	}
	if err != nil {
		return nil, err
	}
	if note := skippedNote(res.Skipped); note != "" {
		fmt.Fprintln(diag, note)
	}
	for _, u := range res.Undecided {
		fmt.Fprintf(diag, "%s: warning: %s: the query is kept as written (%s); it compares equal to a database only when "+
			"written the way PostgreSQL prints it, or read the files with --dev-url\n", u.Pos, u.Object, u.Kind)
	}
	return res.DB, nil
}

// skippedNote returns the one-line note about statements that were skipped
// because they are not schema, counted by kind in the order each kind first
// appeared, e.g. "strata: skipped 12 statements that are not schema (SET 5,
// INSERT 7)"; "" when none were.
func skippedNote(skipped []ddl.Skipped) string {
	if len(skipped) == 0 {
		return ""
	}
	counts := map[string]int{}
	var kinds []string
	for _, s := range skipped {
		if counts[s.Kind] == 0 {
			kinds = append(kinds, s.Kind)
		}
		counts[s.Kind]++
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s %d", k, counts[k])
	}
	noun := "statements that are"
	if len(skipped) == 1 {
		noun = "statement that is"
	}
	return fmt.Sprintf("strata: skipped %d %s not schema (%s)", len(skipped), noun, strings.Join(parts, ", "))
}

// fromTo holds the --from, --to and --dev-url flags of diff and plan.
type fromTo struct {
	from, to string
	dev      devURLFlag
}

// register adds --from, --to and --dev-url to fs.
func (f *fromTo) register(fs *flag.FlagSet) {
	fs.StringVar(&f.from, "from", "", "")
	fs.StringVar(&f.to, "to", "", "")
	f.dev.register(fs)
}

// load checks the command line (both flags given, no positional argument)
// and reads the two schemas.
func (f *fromTo) load(ctx context.Context, e *env, positional []string) (*schema.Database, *schema.Database, error) {
	if len(positional) != 0 {
		return nil, nil, &usageError{msg: fmt.Sprintf("unexpected argument %q: give the schemas with --from and --to", positional[0])}
	}
	if f.from == "" || f.to == "" {
		return nil, nil, &usageError{msg: "both --from SRC and --to SRC are required"}
	}
	if err := f.dev.check(e); err != nil {
		return nil, nil, err
	}
	var srcs [2]source
	// Files are read as applied by the user of the database side: --from
	// when it is a database, else --to.
	role := connectionRole(f.from)
	if role == "" {
		role = connectionRole(f.to)
	}
	for i, arg := range []string{f.from, f.to} {
		src, err := parseSource(arg)
		if err != nil {
			return nil, nil, err
		}
		e.secrets = append(e.secrets, src.secrets()...)
		src.dev = f.dev.url
		src.role = role
		srcs[i] = src
	}
	// The two sources load at the same time (a database is read while a
	// file is parsed); a failure of --from is reported before one of --to.
	var dbs [2]*schema.Database
	var errs [2]error
	diag := &lockedWriter{w: e.stderr}
	var wg sync.WaitGroup
	for i := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = loadSource(ctx, srcs[i], nil, diag)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, nil, err
		}
	}
	return dbs[0], dbs[1], nil
}

// lockedWriter serialises the writes of goroutines to one writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
