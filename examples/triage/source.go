package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/cartero/cartero/correspondence"
)

// A source is one message to triage: a file, or a message cut out of an
// mbox file, or something that could not be read at all.
type source struct {
	name string // how the output refers to it: the file's path, or PATH:N inside an mbox
	path string // the file holding exactly this message; "" when data holds it
	data []byte // the message, when it came out of an mbox
	err  error  // why the source could not be read
}

// An enumerator turns the command line's paths into sources.
//
// Paths name .eml files, directories of them, Maildir folders or mbox
// files. Directory entries are visited in name order, so a run over the
// same tree always yields the same sequence. Only mbox messages are held in
// memory, one at a time and only up to the limit; files are left for the
// parser to read.
type enumerator struct {
	// limit is the size of the largest mbox message read; larger ones are
	// reported as too large without being held in memory, as the parser,
	// given the same limit, would report them. 0 means no limit.
	limit int64
	// count makes the enumerator skip keeping mbox messages at all, for a
	// quick pass that only counts what is there.
	count bool
}

// sources yields every message under paths, in order.
func (e enumerator) sources(paths []string) iter.Seq[source] {
	return func(yield func(source) bool) {
		for _, p := range paths {
			if !e.path(p, yield) {
				return
			}
		}
	}
}

// path yields the messages of one command-line argument. A file named on
// the command line is read whatever its name: as an mbox when it starts like
// one, otherwise as a single message.
func (e enumerator) path(p string, yield func(source) bool) bool {
	fi, err := os.Stat(p)
	if err != nil {
		return yield(source{name: p, err: err})
	}
	if fi.IsDir() {
		if isMaildir(p) {
			return e.maildir(p, yield)
		}
		return e.dir(p, yield)
	}
	return e.file(p, yield)
}

// dir walks a directory tree and yields the messages in files whose name
// ends in .eml or .mbox. Subdirectories that are Maildirs are read as such.
// Symbolic links to files are followed; links to directories are not, so a
// link cycle cannot make the walk endless.
func (e enumerator) dir(dir string, yield func(source) bool) bool {
	entries, err := os.ReadDir(dir) // sorted by name
	for _, ent := range entries {
		p := filepath.Join(dir, ent.Name())
		typ, statErr := entryType(p, ent)
		switch {
		case statErr != nil:
			if wanted(ent.Name()) && !yield(source{name: p, err: statErr}) {
				return false
			}
		case typ.IsDir() && ent.Type()&fs.ModeSymlink == 0:
			var ok bool
			if isMaildir(p) {
				ok = e.maildir(p, yield)
			} else {
				ok = e.dir(p, yield)
			}
			if !ok {
				return false
			}
		case typ.IsRegular() && wanted(ent.Name()):
			if !e.file(p, yield) {
				return false
			}
		}
	}
	if err != nil {
		return yield(source{name: dir, err: err})
	}
	return true
}

// wanted reports whether a file met while walking a directory holds mail.
func wanted(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".eml" || ext == ".mbox"
}

// entryType returns the type of a directory entry, looking through a
// symbolic link.
func entryType(path string, ent fs.DirEntry) (fs.FileMode, error) {
	if ent.Type()&fs.ModeSymlink == 0 {
		return ent.Type(), nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return fi.Mode().Type(), nil
}

// isMaildir reports whether dir looks like a Maildir. Real Maildirs have all
// of cur/, new/ and tmp/, but copies made with tools that drop empty
// directories (git among them) often lose one, so two of the three suffice.
func isMaildir(dir string) bool {
	n := 0
	for _, sub := range []string{"cur", "new", "tmp"} {
		if fi, err := os.Stat(filepath.Join(dir, sub)); err == nil && fi.IsDir() {
			n++
		}
	}
	return n >= 2
}

// maildir yields every message in a Maildir: the files in cur/, then those
// in new/, each in name order, then the messages of the folders nested in
// it (Maildir++ folders such as .Sent, or plain subdirectories that are
// Maildirs themselves). tmp/ holds deliveries in progress and is skipped, as
// are names starting with a dot, which Maildir reserves for such files.
func (e enumerator) maildir(dir string, yield func(source) bool) bool {
	for _, sub := range []string{"cur", "new"} {
		subdir := filepath.Join(dir, sub)
		entries, err := os.ReadDir(subdir)
		for _, ent := range entries {
			if strings.HasPrefix(ent.Name(), ".") {
				continue
			}
			p := filepath.Join(subdir, ent.Name())
			typ, statErr := entryType(p, ent)
			switch {
			case statErr != nil:
				if !yield(source{name: p, err: statErr}) {
					return false
				}
			case typ.IsRegular():
				if !e.file(p, yield) {
					return false
				}
			}
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			if !yield(source{name: subdir, err: err}) {
				return false
			}
		}
	}

	entries, err := os.ReadDir(dir)
	for _, ent := range entries {
		switch ent.Name() {
		case "cur", "new", "tmp":
			continue
		}
		p := filepath.Join(dir, ent.Name())
		if ent.IsDir() && isMaildir(p) && !e.maildir(p, yield) {
			return false
		}
	}
	if err != nil {
		return yield(source{name: dir, err: err})
	}
	return true
}

// file yields the message in a file, or each message of an mbox file. A
// file is an mbox when its first line starts with "From ".
func (e enumerator) file(p string, yield func(source) bool) bool {
	f, err := os.Open(p)
	if err != nil {
		return yield(source{name: p, err: err})
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(len(mboxFrom))
	if err != nil && err != io.EOF {
		return yield(source{name: p, err: err})
	}
	if !bytes.Equal(head, mboxFrom) {
		// Close before the parser opens it again, so that a large tree
		// never holds more open files than there are messages in flight.
		f.Close()
		return yield(source{name: p, path: p})
	}

	mr := &mboxReader{br: br, limit: e.limit, count: e.count}
	for n := 1; ; n++ {
		data, err := mr.next()
		if err == io.EOF {
			return true
		}
		name := fmt.Sprintf("%s:%d", p, n)
		if err != nil {
			return yield(source{name: name, err: err})
		}
		if e.limit > 0 && mr.size > e.limit {
			err := fmt.Errorf("%w: %d bytes (limit %d)", correspondence.ErrTooLarge, mr.size, e.limit)
			if !yield(source{name: name, err: err}) {
				return false
			}
			continue
		}
		if !yield(source{name: name, data: data}) {
			return false
		}
	}
}

var mboxFrom = []byte("From ")

// mboxReader cuts an mbox file into messages.
//
// A message starts after a line beginning with "From " (the envelope line,
// which is not part of the message) that opens the file or follows a blank
// line; the blank line before it is mbox framing and is dropped too. A
// "From " line anywhere else is message content. Both mboxo and mboxrd
// escaping are undone by removing one '>' from lines that match ">+From ":
// mboxrd escapes every such line, and mboxo files rarely hold a body line
// that genuinely starts with ">From ". Line endings, LF or CRLF, are kept
// as they are.
type mboxReader struct {
	br    *bufio.Reader
	limit int64 // keep at most limit+1 bytes of a message; 0 keeps all
	count bool  // keep nothing, only find the messages
	size  int64 // the size of the message last returned, kept or not

	midLine  bool  // the next read continues a line longer than the buffer
	inside   bool  // an envelope line was read and its message not yet returned
	notStart bool  // something was read from the file
	err      error // sticky: io.EOF once the file is exhausted
}

// next returns the next message; io.EOF when there are no more.
func (r *mboxReader) next() ([]byte, error) {
	if r.err != nil {
		return nil, r.err
	}
	var (
		msg     []byte
		blank   []byte // a blank line not yet known to be content
		started = r.inside
	)
	r.size = 0
	add := func(p []byte) {
		r.size += int64(len(p))
		if r.count {
			return
		}
		if r.limit > 0 {
			room := r.limit + 1 - int64(len(msg))
			if room <= 0 {
				return
			}
			if int64(len(p)) > room {
				p = p[:room]
			}
		}
		msg = append(msg, p...)
	}
	for {
		line, err := r.br.ReadSlice('\n')
		atStart := !r.midLine
		r.midLine = err == bufio.ErrBufferFull
		if len(line) > 0 {
			if atStart && bytes.HasPrefix(line, mboxFrom) && (!r.notStart || blank != nil) {
				r.notStart = true
				for err == bufio.ErrBufferFull { // the rest of a very long envelope line
					_, err = r.br.ReadSlice('\n')
				}
				r.midLine = false
				if err != nil && err != io.EOF {
					r.err = err
					return nil, err
				}
				if started {
					// Even at the end of the file, the envelope line opens
					// one more, empty, message; the next call returns it.
					r.inside = true
					return msg, nil
				}
				started = true
				blank = nil
				if err == io.EOF {
					break
				}
				continue
			}
			r.notStart = true
			started = true
			if blank != nil {
				add(blank)
				blank = nil
			}
			switch {
			case atStart && err == nil && isBlankLine(line):
				if len(line) == 1 {
					blank = lf
				} else {
					blank = crlf
				}
			case atStart && isEscapedFrom(line):
				add(line[1:])
			default:
				add(line)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			r.err = err
			return nil, err
		}
	}
	r.err = io.EOF
	r.inside = false
	if !started {
		return nil, io.EOF
	}
	return msg, nil
}

var (
	lf   = []byte("\n")
	crlf = []byte("\r\n")
)

func isBlankLine(line []byte) bool {
	return bytes.Equal(line, lf) || bytes.Equal(line, crlf)
}

// isEscapedFrom reports whether line matches ">+From ".
func isEscapedFrom(line []byte) bool {
	rest := bytes.TrimLeft(line, ">")
	return len(rest) < len(line) && bytes.HasPrefix(rest, mboxFrom)
}
