package main

import (
	"context"

	"github.com/stratadb/strata/inspect"
)

// serverRoles returns the roles of the server a plan is for: the database
// at from when it is a database URL (nil otherwise: then no role is
// checked before the plan runs). plan.Build refuses a plan that grants
// privileges to a role missing from the list; Strata never creates roles.
func serverRoles(ctx context.Context, from string) ([]string, error) {
	src, err := parseSource(from)
	if err != nil || src.url == "" {
		return nil, nil
	}
	conn, err := connect(ctx, src.url, "strata")
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	roles, err := inspect.Roles(ctx, conn)
	if err != nil {
		return nil, interrupted(ctx, err)
	}
	return roles, nil
}
