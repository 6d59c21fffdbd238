package ddl

import (
	"slices"
	"strconv"
	"strings"
)

// normalizeTSVector prints a tsvector literal the way tsvector_out does:
// every lexeme once, sorted by its bytes, in single quotes (an embedded quote
// doubled), followed by its sorted, de-duplicated positions with a weight
// letter unless the weight is D, the default. Input it cannot read with
// certainty (backslash escapes, malformed positions) is returned unchanged,
// so that the two sides compare as written rather than wrongly equal.
func normalizeTSVector(v string) string {
	lexemes := map[string][]string{}
	hasPos := map[string]bool{}
	s := v
	for {
		s = strings.TrimLeft(s, " \t\n\r\f\v")
		if s == "" {
			break
		}
		var word string
		if s[0] == '\'' {
			end, w, ok := quotedLexeme(s)
			if !ok {
				return v
			}
			word, s = w, s[end:]
		} else {
			i := strings.IndexAny(s, " \t\n\r\f\v:'\\")
			if i < 0 {
				i = len(s)
			}
			if i < len(s) && (s[i] == '\'' || s[i] == '\\') {
				return v
			}
			word, s = s[:i], s[i:]
		}
		if word == "" {
			return v
		}
		if _, seen := lexemes[word]; !seen {
			lexemes[word] = nil
		}
		if strings.HasPrefix(s, ":") {
			end, pos, ok := tsPositions(s[1:])
			if !ok {
				return v
			}
			lexemes[word] = append(lexemes[word], pos...)
			hasPos[word] = true
			s = s[1+end:]
		}
		if s != "" && !strings.ContainsAny(s[:1], " \t\n\r\f\v") {
			return v
		}
	}
	words := make([]string, 0, len(lexemes))
	for w := range lexemes {
		words = append(words, w)
	}
	slices.Sort(words)
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("'" + strings.ReplaceAll(w, "'", "''") + "'")
		if hasPos[w] {
			b.WriteString(":" + formatTSPositions(lexemes[w]))
		}
	}
	return b.String()
}

// quotedLexeme reads a quoted lexeme at the start of s (a doubled quote
// inside stands for one quote); it
// returns the offset after the closing quote and the lexeme.
func quotedLexeme(s string) (int, string, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			return 0, "", false
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			return i + 1, b.String(), true
		default:
			b.WriteByte(s[i])
		}
	}
	return 0, "", false
}

// tsPositions reads a position list "1,3A,5" at the start of s; it returns
// the offset after it and each position as "N" or "NW" (W a weight letter
// A-C; D is the default and is dropped).
func tsPositions(s string) (int, []string, bool) {
	var out []string
	i := 0
	for {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return 0, nil, false
		}
		n, err := strconv.Atoi(s[i:j])
		if err != nil || n < 1 || n > 16383 {
			return 0, nil, false
		}
		p := strconv.Itoa(n)
		if j < len(s) && strings.ContainsAny(s[j:j+1], "ABCDabcd*") {
			if s[j] == '*' {
				return 0, nil, false
			}
			if w := strings.ToUpper(s[j : j+1]); w != "D" {
				p += w
			}
			j++
		}
		out = append(out, p)
		if j < len(s) && s[j] == ',' {
			i = j + 1
			continue
		}
		return j, out, true
	}
}

// formatTSPositions sorts positions by number and keeps one per number,
// with the strongest weight given for it (A > B > C > D), as tsvector_in's
// uniquePos does.
func formatTSPositions(pos []string) string {
	num := func(p string) int {
		n, _ := strconv.Atoi(strings.TrimRight(p, "ABC"))
		return n
	}
	// weight ranks D (no letter) lowest and A highest.
	weight := func(p string) int {
		switch p[len(p)-1] {
		case 'A':
			return 3
		case 'B':
			return 2
		case 'C':
			return 1
		}
		return 0
	}
	slices.SortFunc(pos, func(a, b string) int { return num(a) - num(b) })
	var out []string
	for _, p := range pos {
		if n := len(out); n > 0 && num(out[n-1]) == num(p) {
			if weight(p) > weight(out[n-1]) {
				out[n-1] = p
			}
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, ",")
}
