package review

// Features returns, for each question of the customer's text, its
// offsets and the features its judgement reads.
func Features(in Input) (spans [][2]int, xs [][]float64) {
	r := newRun(&Checker{}, &in)
	qs, _ := r.answerQuestions()
	d := r.draft
	sents := make([]sentence, len(d.sents))
	for i, s := range d.sents {
		sents[i] = readSentence(d, s)
	}
	for i, q := range qs {
		x := r.features(i, sents)
		spans = append(spans, [2]int{q.Start, q.End})
		xs = append(xs, x[:])
	}
	return spans, xs
}

// AnswerWeights returns the weights of the unanswered-question judgement.
func AnswerWeights() []float64 {
	w := answerWeights()
	return w[:]
}
