package model

// Tally is an article's sourcing at a glance, as a feed's list shows it:
// its claims per reader kind and the share of its sentences resting on
// anonymous sources, boilerplate sentences (adverts, related links) left
// out of both, as the reader leaves them out of its claims.
type Tally struct {
	// Counts are per kind, in ReaderKinds order.
	Counts [3]int
	// Sentences is how many sentences are not boilerplate.
	Sentences int
	// Anonymous is how many of those carry an anonymous-source flag.
	Anonymous int
}

// AnonShare is the share, 0 to 1, of the counted sentences resting on an
// anonymous source.
func (t Tally) AnonShare() float64 {
	if t.Sentences == 0 {
		return 0
	}
	return float64(t.Anonymous) / float64(t.Sentences)
}

// Tally counts a's claims. One pass over the flags, which are in text
// order, and a set of sentences as large as the flagged ones.
func (a *Analysis) Tally() Tally {
	boiler := map[int]bool{}
	for _, f := range a.Flags {
		if f.Kind == Boilerplate {
			boiler[f.Sentence] = true
		}
	}
	var t Tally
	anon := map[int]bool{}
	for _, f := range a.Flags {
		if boiler[f.Sentence] {
			continue
		}
		for i, k := range ReaderKinds {
			if f.Kind == k {
				t.Counts[i]++
			}
		}
		if f.Kind == AnonymousSource {
			anon[f.Sentence] = true
		}
	}
	t.Sentences = len(a.Sentences) - len(boiler)
	t.Anonymous = len(anon)
	return t
}
