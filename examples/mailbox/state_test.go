package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestStateMissingFile(t *testing.T) {
	s, err := loadState(filepath.Join(t.TempDir(), "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Mailboxes) != 0 || len(s.Acknowledged) != 0 {
		t.Errorf("a missing file gave %+v, want an empty state", s)
	}
}

func TestStateRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, err := loadState(path)
	if err != nil {
		t.Fatal(err)
	}
	box := s.mailbox("desk@cartero.test", "INBOX")
	box.UIDValidity, box.LastUID = 1795389011, 42
	box.LastDate = time.Date(2026, 11, 16, 7, 12, 0, 0, time.UTC)
	s.mailbox("desk@cartero.test", "Archive").LastUID = 7
	s.acknowledge("<a@example.com>")
	s.acknowledge("<b@example.com>")
	s.acknowledge("<a@example.com>")
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	got, err := loadState(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, got, cmp.AllowUnexported(state{})); diff != "" {
		t.Errorf("read back (-saved +read):\n%s", diff)
	}
	if !got.acknowledged("<b@example.com>") || got.acknowledged("<c@example.com>") {
		t.Errorf("acknowledged = %q", got.Acknowledged)
	}
	if got.mailbox("desk@cartero.test", "INBOX") != got.Mailboxes[0] {
		t.Error("mailbox added a mailbox the state had")
	}
}

func TestStateCorrupt(t *testing.T) {
	for _, tt := range []struct {
		name, content, want string
	}{
		{"empty", "", "unexpected end of JSON input"},
		{"not JSON", "{\"version\": 1, \"mailboxes\": [", "unexpected end of JSON input"},
		{"a crash of another program", "\x00\x00\x00\x00", "invalid character"},
		{"another version", `{"version": 2}`, "version 2, want 1"},
		{"no version", `{"mailboxes": []}`, "version 0, want 1"},
		{"a mailbox without a name", `{"version": 1, "mailboxes": [{"user": "desk@cartero.test"}]}`, "a mailbox without user or name"},
		{"a wrong type", `{"version": 1, "mailboxes": [{"user": "u", "mailbox": "INBOX", "last_uid": -1}]}`, "cannot unmarshal number -1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := loadState(path)
			if err == nil {
				t.Fatalf("loadState = %+v, want an error", s)
			}
			if !errors.Is(err, errCorruptState) {
				t.Errorf("error %q does not match errCorruptState", err)
			}
			for _, want := range []string{path, tt.want} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

func TestStateSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	s, err := loadState(path)
	if err != nil {
		t.Fatal(err)
	}
	box := s.mailbox("desk@cartero.test", "INBOX")
	box.UIDValidity = 1
	for uid := uint32(1); uid <= 20; uid++ {
		box.LastUID = uid
		if err := s.save(); err != nil {
			t.Fatal(err)
		}
		got, err := loadState(path)
		if err != nil {
			t.Fatalf("after saving UID %d: %v", uid, err)
		}
		if got.Mailboxes[0].LastUID != uid {
			t.Fatalf("after saving UID %d, the file says %d", uid, got.Mailboxes[0].LastUID)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %q, want only state.json", names)
	}

	// A write that fails (here the rename: the path became a directory)
	// leaves no temporary file behind and reports the error.
	other := filepath.Join(dir, "other")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s.path = other
	if err := s.save(); !errors.Is(err, errState) {
		t.Fatalf("saving over a directory: %v, want an error matching errState", err)
	}
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("a failed save left %s", e.Name())
		}
	}
	// The last good state is still there.
	got, err := loadState(path)
	if err != nil || got.Mailboxes[0].LastUID != 20 {
		t.Errorf("after a failed save: %+v, %v", got, err)
	}
}

func TestStateAcknowledgedIsBounded(t *testing.T) {
	s := &state{Version: stateVersion}
	for i := range maxAcknowledged + 5 {
		s.acknowledge(fmt.Sprintf("<%d@example.com>", i))
	}
	if len(s.Acknowledged) != maxAcknowledged {
		t.Fatalf("%d keys kept, want %d", len(s.Acknowledged), maxAcknowledged)
	}
	if s.acknowledged("<4@example.com>") || !s.acknowledged("<5@example.com>") || !s.acknowledged(fmt.Sprintf("<%d@example.com>", maxAcknowledged+4)) {
		t.Error("the oldest keys were not the ones forgotten")
	}
	s.forget("<5@example.com>")
	if s.acknowledged("<5@example.com>") {
		t.Error("forget kept the key")
	}
}

func TestStateInMemory(t *testing.T) {
	s, err := loadState("")
	if err != nil {
		t.Fatal(err)
	}
	s.mailbox("u", "INBOX").LastUID = 3
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
}
