package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// outputFormat is the validated value of --format.
type outputFormat string

// The output formats of inspect.
const (
	formatJSON outputFormat = "json" // the canonical model (schema.MarshalCanonical)
	formatSQL  outputFormat = "sql"  // DDL that recreates the schema (ddl.Render)
)

// String returns the format's name.
func (f *outputFormat) String() string { return string(*f) }

// Set accepts "json" or "sql".
func (f *outputFormat) Set(s string) error {
	switch outputFormat(s) {
	case formatJSON, formatSQL:
		*f = outputFormat(s)
		return nil
	}
	return fmt.Errorf("must be %s or %s", formatJSON, formatSQL)
}

// stringList is a flag that may be given several times; each value is
// appended.
type stringList []string

// String returns the values joined by commas.
func (l *stringList) String() string { return strings.Join(*l, ",") }

// Set appends s.
func (l *stringList) Set(s string) error {
	if s == "" {
		return errors.New("must not be empty")
	}
	*l = append(*l, s)
	return nil
}

// newFlagSet returns an empty flag set for a command: errors are returned,
// never printed, and never exit the process.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseArgs parses args with fs and returns the positional arguments.
// Flags may come before, between and after them ("strata inspect SRC
// --format sql"); everything after "--" is positional. -h and --help return
// flag.ErrHelp; any other mistake is a *usageError.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{msg: err.Error()}
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
