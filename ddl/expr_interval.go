package ddl

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// intervalUnits maps the unit words of an interval literal to a field.
var intervalUnits = map[string]string{
	"millennium": "mil", "millennia": "mil", "millenniums": "mil", "mil": "mil", "mils": "mil",
	"century": "c", "centuries": "c", "cent": "c", "c": "c",
	"decade": "dec", "decades": "dec", "dec": "dec", "decs": "dec",
	"year": "y", "years": "y", "yr": "y", "yrs": "y", "y": "y",
	"month": "mon", "months": "mon", "mon": "mon", "mons": "mon",
	"week": "w", "weeks": "w", "w": "w",
	"day": "d", "days": "d", "d": "d",
	"hour": "h", "hours": "h", "hr": "h", "hrs": "h", "h": "h",
	"minute": "m", "minutes": "m", "min": "m", "mins": "m", "m": "m",
	"second": "s", "seconds": "s", "sec": "s", "secs": "s", "s": "s",
	"millisecond": "ms", "milliseconds": "ms", "msec": "ms", "msecs": "ms", "ms": "ms",
	"microsecond": "us", "microseconds": "us", "usec": "us", "usecs": "us", "us": "us",
}

// interval is PostgreSQL's internal interval value.
type interval struct {
	months, days, usecs int64
}

// normalizeInterval prints interval literal v as interval_out does with
// IntervalStyle postgres ("1 year 2 mons", "-1 days +02:00:00",
// "01:30:00", "00:00:01.5"). It reads number-unit pairs (signed and
// fractional numbers, fractions spilling into smaller units as
// DecodeInterval does), [-]hh:mm[:ss[.f]] times, "@" and "ago"; it returns
// ok false for anything else.
func normalizeInterval(v string) (string, bool) {
	iv, ok := parseInterval(v)
	if !ok {
		return "", false
	}
	return iv.String(), true
}

// splitIntervalWords splits "1d2h" and "1 day" alike into number and
// word tokens.
func splitIntervalWords(v string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(v)) {
		for f != "" {
			i := 0
			if f[0] == '-' || f[0] == '+' {
				i = 1
			}
			isNum := i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.')
			j := i
			for j < len(f) && (isNum == (f[j] >= '0' && f[j] <= '9' || f[j] == '.' || f[j] == ':')) {
				j++
			}
			if j == 0 {
				return nil
			}
			out = append(out, f[:j])
			f = f[j:]
		}
	}
	return out
}

func parseInterval(v string) (interval, bool) {
	var iv interval
	var months, days, usecs float64
	words := splitIntervalWords(v)
	if len(words) > 0 && words[0] == "@" {
		words = words[1:]
	}
	ago := false
	if len(words) > 0 && words[len(words)-1] == "ago" {
		ago, words = true, words[:len(words)-1]
	}
	if len(words) == 0 {
		return iv, false
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.Contains(w, ":") {
			neg := strings.HasPrefix(w, "-")
			p := strings.Split(strings.TrimLeft(w, "+-"), ":")
			if len(p) < 2 || len(p) > 3 {
				return iv, false
			}
			var t float64
			for j, x := range p {
				if x == "" || (j < 2 && strings.Contains(x, ".")) {
					return iv, false
				}
				n, err := strconv.ParseFloat(x, 64)
				if err != nil {
					return iv, false
				}
				t += n * []float64{3600e6, 60e6, 1e6}[j]
			}
			if neg {
				t = -t
			}
			usecs += t
			continue
		}
		n, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return iv, false
		}
		if i+1 == len(words) {
			// A trailing number without a unit counts seconds.
			usecs += math.RoundToEven(n * 1e6)
			break
		}
		i++
		whole, frac := math.Trunc(n), n-math.Trunc(n)
		switch intervalUnits[words[i]] {
		case "mil", "c", "dec", "y":
			mult := map[string]float64{"mil": 1000, "c": 100, "dec": 10, "y": 1}[intervalUnits[words[i]]]
			months += 12*whole*mult + math.RoundToEven(frac*12*mult)
		case "mon":
			months += whole
			d := frac * 30
			days += math.Trunc(d)
			usecs += math.RoundToEven((d - math.Trunc(d)) * 86400e6)
		case "w":
			days += 7 * whole
			d := frac * 7
			days += math.Trunc(d)
			usecs += math.RoundToEven((d - math.Trunc(d)) * 86400e6)
		case "d":
			days += whole
			usecs += math.RoundToEven(frac * 86400e6)
		case "h":
			usecs += math.RoundToEven(n * 3600e6)
		case "m":
			usecs += math.RoundToEven(n * 60e6)
		case "s":
			usecs += math.RoundToEven(n * 1e6)
		case "ms":
			usecs += math.RoundToEven(n * 1e3)
		case "us":
			usecs += math.RoundToEven(n)
		default:
			return iv, false
		}
	}
	if ago {
		months, days, usecs = -months, -days, -usecs
	}
	iv = interval{months: int64(months), days: int64(days), usecs: int64(usecs)}
	return iv, true
}

// String prints iv as interval_out with IntervalStyle postgres.
func (iv interval) String() string {
	var b strings.Builder
	isZero, isBefore := true, false
	part := func(n int64, unit string) {
		if n == 0 {
			return
		}
		if !isZero {
			b.WriteByte(' ')
		}
		if isBefore && n > 0 {
			b.WriteByte('+')
		}
		s := ""
		if n != 1 {
			s = "s"
		}
		fmt.Fprintf(&b, "%d %s%s", n, unit, s)
		isBefore, isZero = n < 0, false
	}
	part(iv.months/12, "year")
	part(iv.months%12, "mon")
	part(iv.days, "day")
	if isZero || iv.usecs != 0 {
		if !isZero {
			b.WriteByte(' ')
		}
		t := iv.usecs
		switch {
		case t < 0:
			b.WriteByte('-')
			t = -t
		case isBefore:
			b.WriteByte('+')
		}
		fmt.Fprintf(&b, "%02d:%02d:%02d", t/3600e6, t/60e6%60, t/1e6%60)
		if f := t % 1e6; f != 0 {
			b.WriteString(strings.TrimRight(fmt.Sprintf(".%06d", f), "0"))
		}
	}
	return b.String()
}
