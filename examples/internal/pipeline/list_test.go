package pipeline

import (
	"flag"
	"testing"
)

func TestList(t *testing.T) {
	var l List
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(&l, "agents", "")
	if err := fs.Parse([]string{"-agents", "Agent@Example.com, @staff.example.com", "-agents", ","}); err != nil {
		t.Fatal(err)
	}
	if got := l.String(); got != "Agent@Example.com,@staff.example.com" {
		t.Errorf("String = %q", got)
	}
	m := l.Matcher("desk@cartero.test", "")
	for addr, want := range map[string]bool{
		"desk@cartero.test":       true,
		"agent@example.com":       true,
		"ana@staff.example.com":   true,
		"customer@cartero.test":   false,
		"x@notstaff.example.com":  false,
		"agent@example.com.evil":  false,
		"ana@staff.example.com.x": false,
	} {
		if got := m(addr); got != want {
			t.Errorf("Matcher(%q) = %v, want %v", addr, got, want)
		}
	}
	if List(nil).Matcher() != nil || List(nil).Matcher("", " ") != nil {
		t.Error("an empty list matches: want nil, unknown")
	}
}
