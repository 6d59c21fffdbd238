package schema

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// MarshalCanonical normalizes db (in place, see Normalize) and returns its
// canonical JSON: fixed key order, objects sorted, two-space indentation and
// a final newline. The same schema prints byte-identical JSON whatever source
// it came from.
func MarshalCanonical(db *Database) ([]byte, error) {
	Normalize(db)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(db); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// UnmarshalCanonical reads a model printed by MarshalCanonical.
func UnmarshalCanonical(data []byte) (*Database, error) {
	var db Database
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&db); err != nil {
		return nil, err
	}
	Normalize(&db)
	return &db, nil
}

// Fingerprint returns a stable hash of the canonical model, as
// "sha256:" followed by 64 hex digits. It normalizes db in place. The same
// schema always has the same fingerprint, whichever source it came from.
// The hash is taken over the model's compact canonical JSON, streamed into
// the hash without building the text.
func Fingerprint(db *Database) string {
	Normalize(db)
	h := sha256.New()
	enc := json.NewEncoder(h)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(db); err != nil {
		// The model holds only strings, numbers, booleans and slices of
		// them: encoding cannot fail.
		panic("schema: encoding the model failed: " + err.Error())
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
