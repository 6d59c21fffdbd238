package plan

import "testing"

// TestVersionLess checks the order of extension versions that decides
// whether a version change is a downgrade (refused).
func TestVersionLess(t *testing.T) {
	for _, c := range []struct {
		a, b string
		less bool
	}{
		{"1.6", "1.8", true},
		{"1.8", "1.6", false},
		{"1.9", "1.10", true},
		{"1.10", "1.9", false},
		{"1.0", "1.0.1", true},
		{"1.0beta", "1.0", true},
		{"1.0", "1.0beta", false},
		{"1.0beta1", "1.0beta2", true},
		{"2.0", "2.0", false},
		{"unpackaged", "1.0", true},
	} {
		if got := versionLess(c.a, c.b); got != c.less {
			t.Errorf("versionLess(%q, %q) = %v, want %v", c.a, c.b, got, c.less)
		}
	}
}
