package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/sla"
)

// AppendEvent adds e at the end of the event log of conversation conv.
// When e.ID is not "" and an event with that ID is in conv's log already,
// it does nothing and returns nil, so that a host may log the event of a
// message again after a failure without logging it twice.
//
// The log takes any conv; it is usually an id from [Store.Create]. It
// refuses events whose Kind or To has no name (they wrap
// [sla.ErrUnknownKind] and [sla.ErrUnknownTo]), and text that PostgreSQL
// cannot hold (invalid UTF-8, NUL bytes).
func (s *Store) AppendEvent(ctx context.Context, conv string, e sla.Event) error {
	kind, err := e.Kind.MarshalText()
	if err != nil {
		return fmt.Errorf("pgstore: event of conversation %s: %w", conv, err)
	}
	to, err := e.To.MarshalText()
	if err != nil {
		return fmt.Errorf("pgstore: event of conversation %s: %w", conv, err)
	}
	_, offset := e.At.Zone()
	_, err = s.pool.Exec(ctx, `INSERT INTO sla_events
		(conversation, id, at, at_ns, at_zone, at_offset, kind, auto, to_phase, policy, priority, channel, type, tier)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
		ON CONFLICT (conversation, md5(id)) WHERE id <> '' DO NOTHING`,
		conv, e.ID, e.At, int16(e.At.Nanosecond()%1000), e.At.Location().String(), offset,
		string(kind), e.Auto, string(to), e.Policy, e.Priority, string(e.Channel), e.Type, e.Tier)
	if err != nil {
		return fmt.Errorf("pgstore: logging an event of conversation %s: %w", conv, err)
	}
	return nil
}

// Events returns the event log of conversation conv, in the order the
// events were appended, ready for [sla.Policy.Status]. A conversation
// without events has an empty log.
//
// Every field comes back as it was appended, At included: its instant to
// the nanosecond, and its location, loaded by name (the location's
// offset at that instant is checked; a location this machine does not
// know, or that disagrees, comes back as a fixed zone of the same name
// and offset).
func (s *Store) Events(ctx context.Context, conv string) ([]sla.Event, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, at, at_ns, at_zone, at_offset, kind, auto, to_phase, policy, priority, channel, type, tier
		FROM sla_events WHERE conversation = $1 ORDER BY seq`, conv)
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading the events of conversation %s: %w", conv, err)
	}
	var (
		out               []sla.Event
		e                 sla.Event
		ns                int16
		zone              string
		offset            int32
		kind, to, channel string
	)
	_, err = pgx.ForEachRow(rows, []any{&e.ID, &e.At, &ns, &zone, &offset, &kind, &e.Auto, &to, &e.Policy, &e.Priority, &channel, &e.Type, &e.Tier}, func() error {
		if err := e.Kind.UnmarshalText([]byte(kind)); err != nil {
			return err
		}
		if err := e.To.UnmarshalText([]byte(to)); err != nil {
			return err
		}
		e.Channel = correspondence.Channel(channel)
		e.At = s.inZone(e.At.Add(time.Duration(ns)), zone, int(offset))
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pgstore: reading the events of conversation %s: %w", conv, err)
	}
	return out, nil
}

// inZone returns t in the location named name, whose offset at t was
// offset seconds east of UTC when t was stored.
func (s *Store) inZone(t time.Time, name string, offset int) time.Time {
	switch name {
	case "UTC":
		if offset == 0 {
			return t.UTC()
		}
	case "Local":
		if lt := t.In(time.Local); zoneOffset(lt) == offset {
			return lt
		}
	default:
		var loc *time.Location
		if v, ok := s.zones.Load(name); ok {
			loc = v.(*time.Location)
		} else if l, err := time.LoadLocation(name); err == nil && name != "" {
			loc = l
			s.zones.Store(name, l)
		}
		if loc != nil {
			if lt := t.In(loc); zoneOffset(lt) == offset {
				return lt
			}
		}
	}
	return t.In(time.FixedZone(name, offset))
}

func zoneOffset(t time.Time) int {
	_, off := t.Zone()
	return off
}
