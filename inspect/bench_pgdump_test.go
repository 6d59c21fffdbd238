package inspect

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkPgDumpGitLab runs `pg_dump --schema-only` on the same GitLab
// database as BenchmarkLiveGitLab, so that `go test -bench GitLab` measures
// the two side by side under the same machine load (the speed target is
// that Live takes at most a quarter of pg_dump's time). It skips when
// pg_dump is not on PATH.
func BenchmarkPgDumpGitLab(b *testing.B) {
	pgDump, err := exec.LookPath("pg_dump")
	if err != nil {
		b.Skip("pg_dump not on PATH")
	}
	u := gitLabURL(b)
	out := filepath.Join(b.TempDir(), "schema.sql")
	for b.Loop() {
		cmd := exec.Command(pgDump, "--schema-only", "-f", out, "-d", u)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("pg_dump: %v", err)
		}
	}
}
