package main

import (
	"bytes"
	"strings"
)

// txtar is a text archive in the format of golang.org/x/tools/txtar: a
// comment, then files, each introduced by a line "-- name --".
type txtar struct {
	comment []byte
	files   []txtarFile
}

type txtarFile struct {
	name string
	data []byte
}

// parseTxtar reads an archive. Lines that look like markers but are not
// ("--x", "-- --") belong to the surrounding file.
func parseTxtar(data []byte) *txtar {
	ar := &txtar{}
	var current *txtarFile
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if name, ok := txtarMarker(line); ok {
			ar.files = append(ar.files, txtarFile{name: name})
			current = &ar.files[len(ar.files)-1]
			continue
		}
		if current == nil {
			ar.comment = append(ar.comment, line...)
		} else {
			current.data = append(current.data, line...)
		}
	}
	for i := range ar.files {
		f := &ar.files[i]
		if len(f.data) > 0 && f.data[len(f.data)-1] != '\n' {
			f.data = append(f.data, '\n')
		}
	}
	return ar
}

func txtarMarker(line []byte) (string, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < 7 {
		return "", false
	}
	name := strings.TrimSpace(s[3 : len(s)-3])
	return name, name != ""
}

// file returns the file called name, or nil.
func (ar *txtar) file(name string) *txtarFile {
	for i := range ar.files {
		if ar.files[i].name == name {
			return &ar.files[i]
		}
	}
	return nil
}

// set replaces the content of file name, appending the file when it is
// missing. An empty stdout or stderr is removed instead.
func (ar *txtar) set(name, content string) {
	if content == "" && name != "exit" {
		for i := range ar.files {
			if ar.files[i].name == name {
				ar.files = append(ar.files[:i], ar.files[i+1:]...)
				return
			}
		}
		return
	}
	if f := ar.file(name); f != nil {
		f.data = []byte(content)
		return
	}
	ar.files = append(ar.files, txtarFile{name: name, data: []byte(content)})
}

// format writes the archive back in txtar form.
func (ar *txtar) format() []byte {
	var b bytes.Buffer
	b.Write(ar.comment)
	for _, f := range ar.files {
		b.WriteString("-- " + f.name + " --\n")
		b.Write(f.data)
	}
	return b.Bytes()
}
