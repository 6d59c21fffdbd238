package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/stratadb/strata/ddl"
)

// Exit codes of strata.
const (
	// exitOK means the command did its job.
	exitOK = 0
	// exitError means it did not: bad arguments, bad input, an unreachable
	// database, an interrupt. The reason is on standard error.
	exitError = 2
	// exitInterrupted is used when a second interrupt ends strata at once.
	exitInterrupted = 130
)

// command is one strata subcommand.
type command struct {
	name    string
	summary string
	// usage is the synopsis and the description of the flags.
	usage string
	// run does the command's job with the parsed flags and arguments.
	run func(ctx context.Context, env *env, args []string) error
}

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// secrets are strings (passwords from database URLs) that must never
	// be printed; errors are scrubbed of them before they are shown.
	secrets []string
}

// commands lists the subcommands in the order "strata help" shows them.
var commands = []*command{inspectCommand, diffCommand, planCommand, lintCommand, applyCommand, historyCommand, rollbackCommand, driftCommand, versionCommand}

// Run runs strata with args (without the program name) and returns its exit
// code. Data goes to stdout, diagnostics to stderr. Cancelling ctx stops
// the command (and any statement it runs on a database).
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage())
		return exitError
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(e, rest)
	}
	cmd := lookup(name)
	if cmd == nil {
		fmt.Fprintf(stderr, "strata: unknown command %q\n\n%s", name, mainUsage())
		return exitError
	}
	ctx, rest, err := takeVars(ctx, rest) // --var name=value for HCL sources (hclsource.go)
	if err != nil {
		e.report(cmd, err)
		return exitError
	}
	if err := cmd.run(ctx, e, rest); err != nil {
		if errors.Is(err, errDifferences) || errors.Is(err, errFindings) {
			return exitDifferences
		}
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, cmd.usage)
			return exitOK
		}
		if _, ok := err.(*reported); ok { // already in strata apply's JSON log
			return exitError
		}
		e.report(cmd, err)
		return exitError
	}
	return exitOK
}

// help prints the main usage, or a command's, on stdout.
func help(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, mainUsage())
		return exitOK
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(e.stderr, "strata: unknown command %q\n\n%s", args[0], mainUsage())
		return exitError
	}
	fmt.Fprint(e.stdout, cmd.usage)
	return exitOK
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString("Strata reads a PostgreSQL schema from SQL files or a live database.\n\n")
	b.WriteString("Usage:\n\n  strata <command> [arguments]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	b.WriteString("  help       show this help, or a command's: strata help <command>\n")
	b.WriteString("\nExit status: 0 on success, 2 on any error (reported on standard error);\nstrata diff exits 1 when the schemas differ, strata drift when the\ndatabase drifted, strata lint when findings reach its --fail-on level.\n")
	return b.String()
}

// usageError is a mistake in the command line; the command's usage is
// printed with it.
type usageError struct{ msg string }

func (u *usageError) Error() string { return u.msg }

// report prints err on stderr: a usage error with the command's usage, SQL
// input errors one per line as file:line:col: message, anything else as
// "strata: message". Secrets are scrubbed first.
func (e *env) report(cmd *command, err error) {
	var ue *usageError
	var list ddl.ErrorList
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "strata %s: %s\n\n%s", cmd.name, e.scrub(ue.msg), cmd.usage)
	case errors.As(err, &list):
		for _, item := range list {
			fmt.Fprintln(e.stderr, e.scrub(item.Error()))
		}
	default:
		fmt.Fprintf(e.stderr, "strata: %s\n", e.scrub(err.Error()))
	}
}

// scrub replaces every secret in msg with "xxxxx".
func (e *env) scrub(msg string) string {
	for _, s := range e.secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "xxxxx")
		}
	}
	return msg
}
