package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// choice is a flag whose value must be one of a fixed list.
type choice struct {
	value   string
	allowed []string
}

// String returns the current value.
func (c *choice) String() string { return c.value }

// Set accepts one of the allowed values.
func (c *choice) Set(s string) error {
	for _, a := range c.allowed {
		if s == a {
			c.value = s
			return nil
		}
	}
	return fmt.Errorf("must be %s", strings.Join(c.allowed, " or "))
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
