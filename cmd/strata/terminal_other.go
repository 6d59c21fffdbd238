//go:build !linux && !darwin && !dragonfly && !freebsd && !netbsd && !openbsd

package main

import "os"

// isTerminal reports false where Strata cannot tell a terminal: strata
// apply then needs --auto-approve.
func isTerminal(*os.File) bool { return false }
