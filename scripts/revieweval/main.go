// Command revieweval measures package review on Cartero's labelled sets
// of customer messages and draft replies (review/testdata/labelled) and
// prints precision and recall per check, per check and code, and per
// language: the figures of BENCHMARKS.md.
//
//	go run ./scripts/revieweval              # from the repository root
//	go run ./scripts/revieweval -misses      # also list every finding missed or not labelled
//	go run ./scripts/revieweval -set heldout # the held-out set only
//	go run ./scripts/revieweval -set fresh5  # the last set written, one of heldout, fresh, fresh2, fresh3, fresh4, fresh5
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/cartero/cartero/review/reviewtest"
)

func main() {
	misses := flag.Bool("misses", false, "list the labels no finding matched and the findings no label matched")
	set := flag.String("set", "", "score only the files of this set: \"\" for the labelled set, \"heldout\", \"fresh\", \"fresh2\", \"fresh3\", \"fresh4\" or \"fresh5\" for the others")
	dir := flag.String("dir", "review/testdata/labelled", "directory of the labelled files")
	flag.Parse()
	pattern := "[a-z][a-z].txt"
	if *set != "" {
		pattern = *set + "-*.txt"
	}
	files, err := filepath.Glob(filepath.Join(*dir, pattern))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(os.Stderr, "revieweval: no files %s in %s\n", pattern, *dir)
		os.Exit(2)
	}
	sort.Strings(files)
	var pairs []reviewtest.Pair
	for _, f := range files {
		ps, err := reviewtest.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "revieweval:", err)
			os.Exit(2)
		}
		pairs = append(pairs, ps...)
	}
	s := reviewtest.Evaluate(pairs)
	fmt.Printf("files: %v\n", files)
	s.Write(os.Stdout)
	if *misses {
		fmt.Println()
		for _, m := range s.MissesOf() {
			fmt.Println(m)
		}
	}
}
