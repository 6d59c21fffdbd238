package ddl

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file puts literals of money, floating point, bit string and array
// types in the form their output functions print (cash_out with
// lc_monetary C, float8out/float4out with extra_float_digits = 3,
// array_out). A value that does not parse is returned as given, so that a
// literal this package cannot interpret stays as written.

// normalizeFloat prints v as float8out (bits 64) or float4out (bits 32) do
// with extra_float_digits > 0: the shortest exact decimal, in exponent form
// when the decimal exponent is below -4 or at least 15 (6 for real).
func normalizeFloat(v string, bits int) string {
	s := strings.TrimSpace(v)
	switch strings.ToLower(s) {
	case "nan":
		return "NaN"
	case "infinity", "+infinity", "inf", "+inf":
		return "Infinity"
	case "-infinity", "-inf":
		return "-Infinity"
	}
	f, err := strconv.ParseFloat(s, bits)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return v
	}
	e := strconv.FormatFloat(f, 'e', -1, bits)
	exp, err := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if err != nil {
		return v
	}
	limit := 15
	if bits == 32 {
		limit = 6
	}
	if exp < -4 || exp >= limit {
		return e
	}
	return strconv.FormatFloat(f, 'f', -1, bits)
}

// normalizeMoney prints a money literal as cash_out does with lc_monetary
// C (the server default the inspector keeps): "$1,234.50", "-$5.00". The
// input is read as cash_in reads it: currency symbol, sign, parentheses
// for negatives, thousands separators, and rounding at the second decimal.
func normalizeMoney(v string) string {
	s := strings.TrimSpace(v)
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, strings.TrimSpace(s[1:len(s)-1])
	}
	for {
		switch {
		case strings.HasPrefix(s, "-"):
			neg, s = !neg, s[1:]
		case strings.HasPrefix(s, "+"):
			s = s[1:]
		case strings.HasPrefix(s, "$"):
			s = s[1:]
		case strings.HasPrefix(s, " "):
			s = s[1:]
		default:
			goto digits
		}
	}
digits:
	intPart, frac, hasPoint := strings.Cut(s, ".")
	intPart = strings.ReplaceAll(intPart, ",", "")
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) || (!hasPoint && frac != "") {
		return v
	}
	cents := new(big.Int)
	if _, ok := cents.SetString("0"+intPart, 10); !ok {
		return v
	}
	two := (frac + "00")[:2]
	c, _ := strconv.Atoi(two)
	cents.Mul(cents, big.NewInt(100)).Add(cents, big.NewInt(int64(c)))
	if len(frac) > 2 && frac[2] >= '5' {
		cents.Add(cents, big.NewInt(1))
	}
	if !cents.IsInt64() {
		return v
	}
	n := cents.Int64()
	digits := strconv.FormatInt(n/100, 10)
	var b strings.Builder
	if neg && n != 0 {
		b.WriteByte('-')
	}
	b.WriteByte('$')
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	b.WriteString("." + strconv.FormatInt(n%100/10, 10) + strconv.FormatInt(n%10, 10))
	return b.String()
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// bitStringValue returns the bits of a B'...' or X'...' literal as
// pg_query keeps it ("b101", "x7"): X digits expand to four bits each.
func bitStringValue(bs string) (string, bool) {
	if bs == "" {
		return "", false
	}
	body := bs[1:]
	switch bs[0] {
	case 'b', 'B':
		for _, r := range body {
			if r != '0' && r != '1' {
				return "", false
			}
		}
		return body, true
	case 'x', 'X':
		var b strings.Builder
		for _, r := range body {
			d, err := strconv.ParseUint(string(r), 16, 8)
			if err != nil {
				return "", false
			}
			b.WriteString(strconv.FormatInt(int64(d)|16, 2)[1:])
		}
		return b.String(), true
	}
	return "", false
}

// normalizeArray prints array literal v, whose elements have base type
// elem, as array_out does: elements in their type's output form,
// separated by commas, double-quoted only where needed.
func normalizeArray(v, elem string, names resolver) string {
	p := &arrayParser{s: v}
	p.space()
	if !strings.HasPrefix(p.s[p.i:], "{") || elem == "box" {
		return v
	}
	out, ok := p.array(elem, names)
	p.space()
	if !ok || p.i != len(p.s) {
		return v
	}
	return out
}

type arrayParser struct {
	s string
	i int
}

func (p *arrayParser) space() {
	for p.i < len(p.s) && isArraySpace(p.s[p.i]) {
		p.i++
	}
}

func isArraySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// array reads "{...}" at p.i and returns it in output form.
func (p *arrayParser) array(elem string, names resolver) (string, bool) {
	p.i++ // '{'
	var items []string
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return "{}", true
	}
	for {
		p.space()
		if p.i >= len(p.s) {
			return "", false
		}
		if p.s[p.i] == '{' {
			sub, ok := p.array(elem, names)
			if !ok {
				return "", false
			}
			items = append(items, sub)
		} else {
			val, quoted, ok := p.element()
			if !ok {
				return "", false
			}
			if !quoted && strings.EqualFold(val, "NULL") {
				items = append(items, "NULL")
			} else {
				items = append(items, quoteArrayElement(normalizeConst(val, elem, names)))
			}
		}
		p.space()
		if p.i >= len(p.s) {
			return "", false
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return "{" + strings.Join(items, ",") + "}", true
		default:
			return "", false
		}
	}
}

// element reads one scalar element; quoted tells whether any part of it
// was double-quoted (a quoted "NULL" is the string NULL).
func (p *arrayParser) element() (string, bool, bool) {
	var b strings.Builder
	quoted, inQuote := false, false
	trail := 0 // unquoted trailing white space to drop
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", false, false
			}
			b.WriteByte(p.s[p.i+1])
			p.i += 2
			trail = 0
			continue
		case c == '"':
			quoted, inQuote = true, !inQuote
			p.i++
			trail = 0
			continue
		case !inQuote && (c == ',' || c == '}'):
			s := b.String()
			return s[:len(s)-trail], quoted, true
		case !inQuote && c == '{':
			return "", false, false
		case !inQuote && isArraySpace(c):
			trail++
		default:
			trail = 0
		}
		b.WriteByte(c)
		p.i++
	}
	return "", false, false
}

// quoteArrayElement double-quotes an element the way array_out does.
func quoteArrayElement(s string) string {
	need := s == "" || strings.EqualFold(s, "NULL")
	for i := 0; i < len(s) && !need; i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\' || c == '{' || c == '}' || c == ',' || isArraySpace(c):
			need = true
		}
	}
	if !need {
		return s
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}
