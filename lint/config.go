package lint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Config is the lint configuration file (JSON, by default
// strata-lint.json in the working directory):
//
//	{
//	  "disable":  ["LK302"],
//	  "severity": {"DS106": "error", "LK301": "info"},
//	  "fail_on":  "error"
//	}
//
// Every key is optional. Unknown keys, unknown codes and unknown levels are
// errors.
type Config struct {
	// Disable lists codes whose findings are left out.
	Disable []string `json:"disable,omitempty"`
	// Severity overrides the severity of codes.
	Severity map[string]string `json:"severity,omitempty"`
	// FailOn is the level at which strata lint exits 1 (see Report.Fails);
	// the --fail-on flag wins over it.
	FailOn string `json:"fail_on,omitempty"`
}

// ParseConfig reads and checks a configuration file's contents.
func ParseConfig(data []byte) (Config, error) {
	var c Config
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, fmt.Errorf("lint configuration: %w", err)
	}
	for _, code := range c.Disable {
		if err := CheckCode(code); err != nil {
			return Config{}, fmt.Errorf("lint configuration: disable: %w", err)
		}
	}
	for code, s := range c.Severity {
		if err := CheckCode(code); err != nil {
			return Config{}, fmt.Errorf("lint configuration: severity: %w", err)
		}
		if _, ok := ParseSeverity(s); !ok {
			return Config{}, fmt.Errorf("lint configuration: severity of %s: %q is not error, warning or info", code, s)
		}
	}
	if c.FailOn != "" {
		if err := CheckFailOn(c.FailOn); err != nil {
			return Config{}, fmt.Errorf("lint configuration: fail_on: %w", err)
		}
	}
	return c, nil
}

// Options returns the Options the configuration sets (without allowances).
func (c Config) Options() Options {
	o := Options{Disabled: c.Disable, Severity: map[string]Severity{}}
	for code, s := range c.Severity {
		o.Severity[code], _ = ParseSeverity(s)
	}
	return o
}

// CheckCode returns an error when no check has the code.
func CheckCode(code string) error {
	if _, ok := rules[code]; !ok {
		return fmt.Errorf("unknown lint code %q (see docs/lint.md)", code)
	}
	return nil
}

// CheckFailOn returns an error unless level is error, warning, MAJOR,
// MINOR or PATCH.
func CheckFailOn(level string) error {
	if _, ok := ParseSeverity(level); ok && level != string(Info) {
		return nil
	}
	if _, ok := ParseClass(level); ok && level == strings.ToUpper(level) {
		return nil
	}
	return fmt.Errorf("%q must be error, warning, MAJOR, MINOR or PATCH", level)
}
