package diff

import "strings"

// bitNames lists the names of the bits set in bits, bit i named names[i],
// joined by ", ".
func bitNames(bits uint32, names []string) string {
	var parts []string
	for i, n := range names {
		if bits&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, ", ")
}

// quoted returns s in single quotes for a description, or "none" when s is
// empty.
func quoted(s string) string {
	if s == "" {
		return "none"
	}
	return "'" + s + "'"
}
