package pipeline

import (
	"context"
	"slices"
	"sync"

	"github.com/cartero/cartero/sla"
)

// Events is the SLA event log of each conversation: what Policy.Status is
// computed from. A host keeps it next to its thread.Store, so that clocks
// survive a restart; github.com/cartero/cartero/thread/pgstore implements
// it in PostgreSQL, MemEvents in memory.
type Events interface {
	// AppendEvent logs e at the end of conversation conv's events. An
	// event whose non-empty ID is already logged for conv is ignored, so
	// that a message delivered twice moves no clock twice.
	AppendEvent(ctx context.Context, conv string, e sla.Event) error
	// Events returns conv's events in the order they were appended; none
	// for a conversation that has no events.
	Events(ctx context.Context, conv string) ([]sla.Event, error)
}

var _ Events = (*MemEvents)(nil)

// MemEvents keeps event logs in memory, for tests, tools and hosts that
// rebuild their state at start. It keeps every event of every conversation
// for as long as it lives. The zero value is ready to use; it is safe for
// concurrent use.
type MemEvents struct {
	mu    sync.Mutex
	convs map[string]*eventLog
}

type eventLog struct {
	events []sla.Event
	ids    map[string]bool // the non-empty IDs of events
}

// AppendEvent implements Events.
func (s *MemEvents) AppendEvent(_ context.Context, conv string, e sla.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.convs == nil {
		s.convs = make(map[string]*eventLog)
	}
	l := s.convs[conv]
	if l == nil {
		l = &eventLog{ids: make(map[string]bool)}
		s.convs[conv] = l
	}
	if e.ID != "" {
		if l.ids[e.ID] {
			return nil
		}
		l.ids[e.ID] = true
	}
	l.events = append(l.events, e)
	return nil
}

// Events implements Events. The slice returned is the caller's.
func (s *MemEvents) Events(_ context.Context, conv string) ([]sla.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l := s.convs[conv]; l != nil {
		return slices.Clone(l.events), nil
	}
	return nil, nil
}
