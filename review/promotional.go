package review

// promotional reports an offer in a draft that leaves a question
// unanswered, or that answers a complaint it does not resolve.
func (r *run) promotional() {
	d := r.draft
	for _, s := range d.sents {
		if _, ok := lexicon.offers.contains(d.wordsIn(s)); !ok {
			continue
		}
		switch {
		case r.complaint() && !r.in.Resolved:
			r.add(Promotional, "offer", Warning, Draft, s, "", msgOfferComplaint)
		case r.unanswered() > 0:
			r.add(Promotional, "offer", Warning, Draft, s, "", msgOfferUnanswered)
		}
	}
}

// unanswered counts the customer's questions that the draft does not
// address.
func (r *run) unanswered() int {
	if r.in.Acknowledgement {
		return 0
	}
	_, as := r.answerQuestions()
	n := 0
	for _, a := range as {
		if a.missing {
			n++
		}
	}
	return n
}
