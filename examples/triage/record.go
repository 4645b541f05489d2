package main

import (
	"os"

	"github.com/cartero/cartero/correspondence"
	"github.com/cartero/cartero/examples/internal/pipeline"
)

// record is what triage says about one message: the pipeline's Record, the
// line -json writes, and the parsed message until it is filed.
type record struct {
	pipeline.Record
	msg *correspondence.Message
}

// emptyRecord is the record of a message known only by its source.
func emptyRecord(src string) record {
	return record{Record: pipeline.NewRecord(src)}
}

// parse reads, parses and classifies one message. Whatever goes wrong ends
// up in the record, so no message is ever dropped.
func parse(p *pipeline.Pipeline, src source) record {
	if src.err != nil {
		return record{Record: pipeline.Failed(src.name, src.err)}
	}
	if src.path == "" {
		r, m := p.Parse(src.name, src.data)
		return record{r, m}
	}
	f, err := os.Open(src.path)
	if err != nil {
		return record{Record: pipeline.Failed(src.name, err)}
	}
	defer f.Close()
	r, m := p.Read(src.name, f)
	return record{r, m}
}
