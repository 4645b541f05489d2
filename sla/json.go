package sla

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// calendarJSON is the JSON form of a Calendar.
type calendarJSON struct {
	TZ        string           `json:"tz"`
	Week      weekJSON         `json:"week"`
	Closed    []Date           `json:"closed"`
	Overrides map[Date][]Range `json:"overrides"`
}

type weekJSON struct {
	Mon []Range `json:"mon"`
	Tue []Range `json:"tue"`
	Wed []Range `json:"wed"`
	Thu []Range `json:"thu"`
	Fri []Range `json:"fri"`
	Sat []Range `json:"sat"`
	Sun []Range `json:"sun"`
}

func (w *weekJSON) days() [7]*[]Range {
	return [7]*[]Range{&w.Sun, &w.Mon, &w.Tue, &w.Wed, &w.Thu, &w.Fri, &w.Sat}
}

// MarshalJSON encodes the calendar as
//
//	{"tz": "Europe/Madrid",
//	 "week": {"mon": [["09:00","14:00"],["16:00","19:00"]], …, "sun": []},
//	 "closed": ["2026-12-25"],
//	 "overrides": {"2026-12-24": [["09:00","13:00"]]}}
//
// with every day of the week present and overrides in date order. It fails
// if the calendar is not valid (see Validate) or its zone is Local.
// Holidays are not encoded.
func (c *Calendar) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	loc := c.location()
	if loc == time.Local {
		return nil, fmt.Errorf("%w: Local is not a portable zone", ErrZone)
	}
	v := calendarJSON{TZ: loc.String(), Closed: c.Closed, Overrides: make(map[Date][]Range, len(c.Overrides))}
	if v.Closed == nil {
		v.Closed = []Date{}
	}
	for wd, p := range v.Week.days() {
		*p = nonNil(c.Week[wd])
	}
	for d, rs := range c.Overrides {
		v.Overrides[d] = nonNil(rs)
	}
	return json.Marshal(v)
}

func nonNil(rs []Range) []Range {
	if rs == nil {
		return []Range{}
	}
	return rs
}

// UnmarshalJSON decodes the JSON form of a calendar into c, replacing all
// of c but its Holidays. A missing day of the week is closed. Unknown keys,
// unknown zones, invalid dates and invalid ranges are errors.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	var v calendarJSON
	if err := unmarshalStrict(b, &v); err != nil {
		return err
	}
	loc, err := loadZone(v.TZ)
	if err != nil {
		return err
	}
	n := Calendar{Location: loc, Holidays: c.Holidays}
	for wd, p := range v.Week.days() {
		if len(*p) > 0 {
			n.Week[wd] = *p
		}
	}
	if len(v.Closed) > 0 {
		n.Closed = v.Closed
	}
	if len(v.Overrides) > 0 {
		n.Overrides = make(map[Date][]Range, len(v.Overrides))
		for d, rs := range v.Overrides {
			if len(rs) == 0 {
				rs = []Range{}
			}
			n.Overrides[d] = rs
		}
	}
	*c = n
	return nil
}

// unmarshalStrict decodes JSON refusing unknown keys.
func unmarshalStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the JSON value", ErrSyntax)
	}
	return nil
}
