package pgtest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/testcontainers/testcontainers-go"
	tcpostgres "github.com/testcontainers/testcontainers-go/modules/postgres"
	"github.com/testcontainers/testcontainers-go/wait"
)

// containerImage is the image started when no other server is found.
const containerImage = "postgres:15-alpine"

// startContainer starts a PostgreSQL container with testcontainers-go and
// returns its URL. The container lives until the test binary exits (Ryuk,
// testcontainers' reaper, removes it).
func startContainer() (u string, err error) {
	defer func() {
		// testcontainers panics when no Docker engine can be found at all.
		if r := recover(); r != nil {
			err = fmt.Errorf("no Docker engine: %v", r)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if _, perr := testcontainers.NewDockerProvider(); perr != nil {
		return "", errors.New("no Docker engine reachable")
	}
	c, err := tcpostgres.Run(ctx, containerImage,
		tcpostgres.WithUsername("postgres"),
		tcpostgres.WithPassword("postgres"),
		tcpostgres.WithDatabase("postgres"),
		testcontainers.WithWaitStrategy(wait.ForLog("database system is ready to accept connections").
			WithOccurrence(2).WithStartupTimeout(2*time.Minute)),
	)
	if err != nil {
		return "", err
	}
	return c.ConnectionString(ctx, "sslmode=disable")
}
