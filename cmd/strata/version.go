package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is the release version, set when building a release with
// -ldflags "-X main.version=v1.2.3". When empty, the module version from the
// build information is used ("devel" for a build from a source tree).
var version string

var versionCommand = &command{
	name:    "version",
	summary: "print strata's version and the Go version it was built with",
	usage: `Usage: strata version

Prints strata's version ("devel" when built from a source checkout) and the
Go version, operating system and architecture it was built for.
`,
	run: runVersion,
}

func runVersion(_ context.Context, e *env, args []string) error {
	positional, err := parseArgs(newFlagSet("version"), args)
	if err != nil {
		return err
	}
	if len(positional) > 0 {
		return &usageError{msg: fmt.Sprintf("unexpected argument %q", positional[0])}
	}
	fmt.Fprintf(e.stdout, "strata %s %s %s/%s\n", strataVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

// strataVersion returns the version to report.
func strataVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
