package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// stateVersion is the version of the state file's format.
const stateVersion = 1

// maxAcknowledged is the number of acknowledged messages the state file
// remembers, the most recent ones: enough to cover a mailbox read again
// from the start after its UIDVALIDITY changed, small enough to rewrite
// after every message (about 100 KB at most).
const maxAcknowledged = 1000

// errState is matched by the errors of saving the state file. The
// program stops on them: going on without a record of its progress could
// acknowledge messages twice after a restart.
var errState = errors.New("state file")

// errCorruptState is matched by the error of a state file that cannot be
// read back: the program stops rather than guess where it was.
var errCorruptState = errors.New("corrupt state file")

// state is what the program remembers between runs, kept in the -state
// file: for each mailbox, the UIDVALIDITY it was read under and the
// highest UID handled, and the messages acknowledged lately.
type state struct {
	path string // "" keeps the state in memory only

	Version   int             `json:"version"`
	Mailboxes []*mailboxState `json:"mailboxes"`
	// Acknowledged holds the keys (see messageKey) of the messages whose
	// acknowledgement was sent or is being sent, oldest first. A key is
	// written here before the acknowledgement goes out, so a message read
	// again after a crash is never acknowledged twice.
	Acknowledged []string `json:"acknowledged"`
}

// mailboxState is the progress through one mailbox of one account.
type mailboxState struct {
	User        string `json:"user"`
	Mailbox     string `json:"mailbox"`
	UIDValidity uint32 `json:"uidvalidity"`
	// LastUID is the highest UID handled: every message up to it was
	// filed and, when it needed one, acknowledged.
	LastUID uint32 `json:"last_uid"`
	// LastDate is the INTERNALDATE of the message at LastUID: after a
	// change of UIDVALIDITY, messages that arrived up to then were seen
	// before and are filed again without an acknowledgement.
	LastDate time.Time `json:"last_date,omitzero"`
	// Before is the LastDate kept from the previous UIDVALIDITY while the
	// mailbox is read again from the start; zero otherwise.
	Before time.Time `json:"before,omitzero"`
}

// loadState reads the state file at path; a file that does not exist
// gives an empty state. An empty path keeps the state in memory only.
func loadState(path string) (*state, error) {
	s := &state{path: path, Version: stateVersion}
	if path == "" {
		return s, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading state: %w", err)
	}
	s.Version = 0 // a file must say its version
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("%s: %w: %v (move it away to start over: every message in the mailbox would be read again)", path, errCorruptState, err)
	}
	if s.Version != stateVersion {
		return nil, fmt.Errorf("%s: %w: version %d, want %d", path, errCorruptState, s.Version, stateVersion)
	}
	for _, m := range s.Mailboxes {
		if m == nil || m.User == "" || m.Mailbox == "" {
			return nil, fmt.Errorf("%s: %w: a mailbox without user or name", path, errCorruptState)
		}
	}
	return s, nil
}

// mailbox returns the progress through mailbox name of user, adding it
// when it is new.
func (s *state) mailbox(user, name string) *mailboxState {
	for _, m := range s.Mailboxes {
		if m.User == user && m.Mailbox == name {
			return m
		}
	}
	m := &mailboxState{User: user, Mailbox: name}
	s.Mailboxes = append(s.Mailboxes, m)
	return m
}

// acknowledged reports whether the message with key was acknowledged.
func (s *state) acknowledged(key string) bool {
	return slices.Contains(s.Acknowledged, key)
}

// acknowledge records key as acknowledged, forgetting the oldest keys
// beyond maxAcknowledged.
func (s *state) acknowledge(key string) {
	if s.acknowledged(key) {
		return
	}
	s.Acknowledged = append(s.Acknowledged, key)
	if n := len(s.Acknowledged) - maxAcknowledged; n > 0 {
		s.Acknowledged = slices.Delete(s.Acknowledged, 0, n)
	}
}

// forget removes key: its acknowledgement was certainly not sent.
func (s *state) forget(key string) {
	s.Acknowledged = slices.DeleteFunc(s.Acknowledged, func(k string) bool { return k == key })
}

// save writes the state to its file atomically: to a temporary file in
// the same directory, synced, renamed over the file, and the directory
// synced, so that after a crash the file holds either the old state or
// the new one, never a mix. Its errors match errState.
func (s *state) save() error {
	if s.path == "" {
		return nil
	}
	if err := s.write(); err != nil {
		return fmt.Errorf("%w: saving %s: %w", errState, s.path, err)
	}
	return nil
}

func (s *state) write() error {
	data, err := json.MarshalIndent(s, "", "\t")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	dir := filepath.Dir(s.path)
	f, err := os.CreateTemp(dir, filepath.Base(s.path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if !renamed {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return err
	}
	renamed = true
	// The rename is durable once the directory is synced; a directory
	// that cannot be opened or synced (some file systems) keeps the
	// rename's own guarantee.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
