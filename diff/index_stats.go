package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// keysWithoutTargets returns a copy of keys without their statistics
// targets, which change in place (ALTER INDEX ... SET STATISTICS).
func keysWithoutTargets(keys []schema.IndexKey) []schema.IndexKey {
	out := slices.Clone(keys)
	for i := range out {
		out[i].Statistics = nil
	}
	return out
}

// elementsWithoutTargets is keysWithoutTargets for the elements of an
// exclusion constraint.
func elementsWithoutTargets(elems []schema.ExcludeElement) []schema.ExcludeElement {
	out := slices.Clone(elems)
	for i := range out {
		out[i].Key.Statistics = nil
	}
	return out
}

// keyTargets describes the statistics targets of keys for messages:
// "(default, 500)".
func keyTargets(keys []schema.IndexKey) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = "default"
		if k.Statistics != nil {
			parts[i] = strconv.Itoa(*k.Statistics)
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// elementTargets is keyTargets for the elements of an exclusion
// constraint.
func elementTargets(elems []schema.ExcludeElement) string {
	keys := make([]schema.IndexKey, len(elems))
	for i, e := range elems {
		keys[i] = e.Key
	}
	return keyTargets(keys)
}
