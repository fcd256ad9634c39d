package postag

// Forget empties the cache of words' sums, letting go of its entries
// (about 1.2 KB each, some megabytes once a long text has filled it):
// for a caller about to spend a while on other work, with memory at its
// peak, that tags little meanwhile. Tagging afterwards refills the
// cache as from a fresh Tagger, with the same tags. It is safe to call
// while other goroutines tag: a Tag call in flight keeps the entries it
// holds.
func (t *Tagger) Forget() {
	for i := range t.words {
		t.words[i].Store(nil)
	}
	for i := range t.seen {
		t.seen[i].Store(0)
	}
}
