package inspect

import "github.com/stratadb/strata/schema"

// statisticsTarget returns the statistics target of index attribute k
// (0-based) from the targets a catalog query read, or nil for the default.
func statisticsTarget(stats []int32, k int) *int {
	if k >= len(stats) || stats[k] < 0 {
		return nil
	}
	n := int(stats[k])
	return &n
}

// setKeyStatistics sets the statistics targets of the keys of ix.
func setKeyStatistics(ix *schema.Index, stats []int32) {
	for k := range ix.Keys {
		ix.Keys[k].Statistics = statisticsTarget(stats, k)
	}
}
