package calholidays

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cartero/cartero/sla"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ecb"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// Years for which New works out the dates in advance; other years are
// worked out on each call.
const (
	FirstYear = 2000
	LastYear  = 2100
)

// A Set is a set of holidays defined with github.com/rickar/cal/v2. It
// implements sla.Holidays. A holiday closes the day on which it is
// observed: the substitute day, where a country moves a holiday off a
// weekend or to a Monday. A Set is never modified once made and is safe for
// concurrent use.
type Set struct {
	holidays []*cal.Holiday
	dates    sla.Dates // from FirstYear to LastYear
}

var _ sla.Holidays = (*Set)(nil)

// New returns the set of the given holidays, such as es.Holidays or
// de.HolidaysBY from the packages of github.com/rickar/cal/v2. It works
// out their dates from FirstYear to LastYear at once; asking about other
// years is slower.
func New(holidays []*cal.Holiday) *Set {
	s := &Set{holidays: slices.Clone(holidays)}
	var all []sla.Date
	for y := FirstYear; y <= LastYear; y++ {
		all = s.year(all, y)
	}
	s.dates = sla.NewDates(all...)
	return s
}

// Country returns the national holidays of a country by its ISO 3166-1
// alpha-2 code ("es", "mx", "ar", "co", "us", "gb", "br", "pt", "fr", "de",
// "it", …; see Codes), or "ecb" for the TARGET2 closing days of the
// European Central Bank. Each call works out the dates anew: make a Set
// once and share it.
func Country(code string) (*Set, error) {
	hs := holidays(strings.ToLower(strings.TrimSpace(code)))
	if hs == nil {
		return nil, fmt.Errorf("%w %q", ErrUnknownCountry, code)
	}
	return New(hs), nil
}

// ErrUnknownCountry is returned by Country for a code it does not know.
var ErrUnknownCountry = errors.New("calholidays: unknown country")

// Codes returns the codes Country knows, in order.
func Codes() []string {
	return []string{"ar", "at", "be", "bg", "br", "ca", "ch", "co", "cy", "cz", "de", "dk", "ecb", "ee", "es", "fi", "fr", "gb", "gr", "hr", "hu", "ie", "is", "it", "jp", "ke", "lt", "lu", "lv", "mt", "mw", "mx", "nc", "nl", "no", "nz", "pl", "pt", "ro", "rs", "ru", "se", "si", "sk", "th", "ua", "us", "za"}
}

// NextHoliday returns the first holiday observed on a date d with
// from <= d < until.
func (s *Set) NextHoliday(from, until sla.Date) (sla.Date, bool) {
	if from.Year >= FirstYear && until.Year <= LastYear {
		return s.dates.NextHoliday(from, until)
	}
	for y := from.Year; y <= until.Year; y++ {
		lo, hi := from, until
		if y > from.Year {
			lo = sla.Date{Year: y, Month: time.January, Day: 1}
		}
		if y < until.Year {
			hi = sla.Date{Year: y + 1, Month: time.January, Day: 1}
		}
		dates := s.dates
		if y < FirstYear || y > LastYear {
			dates = sla.NewDates(s.year(nil, y)...)
		}
		if d, ok := dates.NextHoliday(lo, hi); ok {
			return d, true
		}
	}
	return sla.Date{}, false
}

// year appends the dates observed in year y.
func (s *Set) year(dates []sla.Date, y int) []sla.Date {
	for _, h := range s.holidays {
		// A holiday of the year before or after may be observed in y:
		// New Year's Day on a Saturday, observed on Friday 31 December.
		for _, yy := range [3]int{y - 1, y, y + 1} {
			if _, obs := h.Calc(yy); !obs.IsZero() && obs.Year() == y {
				dates = append(dates, sla.DateOf(obs))
			}
		}
	}
	return dates
}

// holidays returns the national holidays of a country, or nil.
func holidays(code string) []*cal.Holiday {
	switch code {
	case "co":
		return colombia()
	case "ar":
		return ar.Holidays
	case "at":
		return at.Holidays
	case "be":
		return be.Holidays
	case "bg":
		return bg.Holidays
	case "br":
		return br.Holidays
	case "ca":
		return ca.Holidays
	case "ch":
		return ch.Holidays
	case "cy":
		return cy.Holidays
	case "cz":
		return cz.Holidays
	case "de":
		return de.Holidays
	case "dk":
		return dk.Holidays
	case "ecb":
		return ecb.Holidays
	case "ee":
		return ee.Holidays
	case "es":
		return es.Holidays
	case "fi":
		return fi.Holidays
	case "fr":
		return fr.Holidays
	case "gb":
		return gb.Holidays
	case "gr":
		return gr.Holidays
	case "hr":
		return hr.Holidays
	case "hu":
		return hu.Holidays
	case "ie":
		return ie.Holidays
	case "is":
		return is.Holidays
	case "it":
		return it.Holidays
	case "jp":
		return jp.Holidays
	case "ke":
		return ke.Holidays
	case "lt":
		return lt.Holidays
	case "lu":
		return lu.Holidays
	case "lv":
		return lv.Holidays
	case "mt":
		return mt.Holidays
	case "mw":
		return mw.Holidays
	case "mx":
		return mx.Holidays
	case "nc":
		return nc.Holidays
	case "nl":
		return nl.Holidays
	case "no":
		return no.Holidays
	case "nz":
		return nz.Holidays
	case "pl":
		return pl.Holidays
	case "pt":
		return pt.Holidays
	case "ro":
		return ro.Holidays
	case "rs":
		return rs.Holidays
	case "ru":
		return ru.Holidays
	case "se":
		return se.Holidays
	case "si":
		return si.Holidays
	case "sk":
		return sk.Holidays
	case "th":
		return th.Holidays
	case "ua":
		return ua.Holidays
	case "us":
		return us.Holidays
	case "za":
		return za.Holidays
	}
	return nil
}
