package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/stratadb/strata/devdb"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/schema"
)

// devURLFlag is the --dev-url flag of the commands that read a source:
// with it, SQL files are loaded into a temporary database on that server
// and inspected there instead of being parsed offline.
type devURLFlag struct{ url string }

// register adds --dev-url to fs.
func (d *devURLFlag) register(fs *flag.FlagSet) { fs.StringVar(&d.url, "dev-url", "", "") }

// check validates the flag's value and records its password as a secret.
func (d *devURLFlag) check(e *env) error {
	if d.url == "" {
		return nil
	}
	src, err := parseSource(d.url)
	if err != nil {
		return err
	}
	if src.url == "" {
		return &usageError{msg: fmt.Sprintf("--dev-url %q is not a database URL: give a postgres:// or postgresql:// URL of a server where strata may create databases", d.url)}
	}
	e.secrets = append(e.secrets, src.secrets()...)
	return nil
}

// loadDev reads the SQL files at path through a temporary database on the
// server of devURL (package devdb): the database is created, loaded,
// inspected and always dropped, also when ctx is cancelled (Ctrl-C).
func loadDev(ctx context.Context, devURL, path string, schemas []string) (*schema.Database, error) {
	paths, explain, cleanup, err := devSources(ctx, path) // .hcl files are loaded as SQL (hclsource.go)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	db, err := devdb.Load(ctx, devURL, paths, devdb.Options{Inspect: inspect.Options{Schemas: schemas}})
	if err != nil {
		return nil, interrupted(ctx, explain(err))
	}
	return db, nil
}
