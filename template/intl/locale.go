package intl

import (
	"sync"
	"time"

	"golang.org/x/text/language"
)

// Locale formats values for one locale in one time zone. It is a small
// value, cheap to copy and safe for concurrent use; its methods allocate
// only the string they return. The zero value formats en-US in UTC.
type Locale struct {
	zone *time.Location
	idx  uint8 // index in locales; 0 is en-US
}

// New returns the Locale for the supported locale nearest to tag, with
// dates and times shown in zone (UTC when zone is nil). See the package
// documentation for how tags are matched.
func New(tag language.Tag, zone *time.Location) Locale {
	return Locale{zone: zone, idx: uint8(match(tag))}
}

// Tag returns the supported locale actually used, such as es-MX for es-CO.
func (l Locale) Tag() language.Tag { return localeTags[l.idx] }

// Zone returns the time zone in which dates and times are shown.
func (l Locale) Zone() *time.Location {
	if l.zone == nil {
		return time.UTC
	}
	return l.zone
}

// String returns the locale's BCP 47 tag and zone, as in "es-MX America/Mexico_City".
func (l Locale) String() string { return l.data().id + " " + l.Zone().String() }

func (l Locale) data() *locale { return &locales[l.idx] }

// Supported returns the tags of the supported locales, en-US first.
func Supported() []language.Tag {
	return append([]language.Tag(nil), localeTags[:]...)
}

// matcher is built on first use and only read afterwards.
var matcher = sync.OnceValue(func() language.Matcher {
	return language.NewMatcher(Supported())
})

// match returns the index in locales of the locale for tag.
func match(tag language.Tag) int {
	for i := range localeTags {
		if localeTags[i] == tag {
			return i
		}
	}
	_, i, conf := matcher().Match(tag)
	if conf == language.No {
		return enUS
	}
	return i
}
