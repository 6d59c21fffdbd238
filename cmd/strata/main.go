// Command strata is Strata's command line: it reads a PostgreSQL schema from
// SQL files or a live database and prints it as canonical JSON or as DDL.
// Run "strata help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-signals
		fmt.Fprintln(os.Stderr, "strata: interrupted; stopping (interrupt again to exit at once)")
		cancel()
		<-signals
		os.Exit(exitInterrupted)
	}()
	code := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	cancel()
	os.Exit(code)
}
