// Command revieweval measures package review on Cartero's labelled sets
// of customer messages and draft replies (review/testdata/labelled) and
// prints precision and recall per check, per check and code, and per
// language: the figures of BENCHMARKS.md.
//
//	go run ./scripts/revieweval              # from the repository root
//	go run ./scripts/revieweval -misses      # also list every finding missed or not labelled
//	go run ./scripts/revieweval -set heldout # the held-out set only
//	go run ./scripts/revieweval -set fresh11  # the last set written, one of heldout, fresh, fresh2, … fresh11
//
// With -reader, the findings scored are not Cartero's but a second
// reader's: the labels of the same pairs in files of the same names in
// that directory, scored against the set's labels for the codes the
// reader labelled. It measures how far two careful people agree, the
// ceiling any check can be held to:
//
//	go run ./scripts/revieweval -set fresh4 -reader review/testdata/labelled/second
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/cartero/cartero/review"
	"github.com/cartero/cartero/review/reviewtest"
)

func main() {
	misses := flag.Bool("misses", false, "list the labels no finding matched and the findings no label matched")
	set := flag.String("set", "", "score only the files of this set: \"\" for the labelled set, \"heldout\", \"fresh\" or \"fresh2\" to \"fresh11\" for the others")
	dir := flag.String("dir", "review/testdata/labelled", "directory of the labelled files")
	reader := flag.String("reader", "", "directory of a second reader's labels of the same pairs, scored in place of Cartero's findings")
	flag.Parse()
	pattern := "[a-z][a-z].txt"
	if *set != "" {
		pattern = *set + "-*.txt"
	}
	files, err := filepath.Glob(filepath.Join(*dir, pattern))
	if err != nil || len(files) == 0 {
		fail(fmt.Errorf("no files %s in %s", pattern, *dir))
	}
	sort.Strings(files)
	var pairs []reviewtest.Pair
	for _, f := range files {
		ps, err := reviewtest.ReadFile(f)
		if err != nil {
			fail(err)
		}
		pairs = append(pairs, ps...)
	}
	var s *reviewtest.Score
	if *reader == "" {
		s = reviewtest.Evaluate(pairs)
	} else {
		if s, err = secondReader(pairs, files, *reader); err != nil {
			fail(err)
		}
	}
	fmt.Printf("files: %v\n", files)
	s.Write(os.Stdout)
	if *misses {
		fmt.Println()
		for _, m := range s.MissesOf() {
			fmt.Println(m)
		}
	}
}

// secondReader scores the labels of the same pairs in dir, files of the
// same names, against pairs' labels, for the codes the reader labelled.
func secondReader(pairs []reviewtest.Pair, files []string, dir string) (*reviewtest.Score, error) {
	theirs := map[string]reviewtest.Pair{}
	codes := map[string]bool{}
	for _, f := range files {
		ps, err := reviewtest.ReadFile(filepath.Join(dir, filepath.Base(f)))
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			theirs[p.ID] = p
			for _, l := range p.Expect {
				codes[l.Check+" "+l.Code] = true
			}
		}
	}
	s := &reviewtest.Score{}
	for _, p := range pairs {
		o, ok := theirs[p.ID]
		if !ok || o.Customer != p.Customer || o.Draft != p.Draft {
			return nil, fmt.Errorf("pair %s: not in %s, or its texts differ", p.ID, dir)
		}
		p.Expect = slices.DeleteFunc(slices.Clone(p.Expect), func(l reviewtest.Label) bool { return !codes[l.Check+" "+l.Code] })
		found := make([]review.Finding, 0, len(o.Expect))
		for _, l := range o.Expect {
			found = append(found, review.Finding{Check: l.Check, Code: l.Code, In: l.In, Start: l.Start, End: l.End, Text: l.Span})
		}
		s.Add(p, found)
	}
	return s, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "revieweval:", err)
	os.Exit(2)
}
