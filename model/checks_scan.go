package model

import (
	"sync"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// checkFacts is what the scorecard needs to know of one sentence, read in
// a single pass (scanSentences) rather than by each check in turn.
type checkFacts struct {
	kinds uint8  // checkKindBit of each kind flagged in the sentence
	lists uint16 // checkListBit of each phrase list found in the sentence
	// attack is the first anonymous_attack phrase (the longest at the
	// first position that has one), quoted in that check's answer.
	attack Span
	// namesSomeone: a proper name stands past the sentence's first word.
	namesSomeone bool
	// scanned: lists, attack and namesSomeone are filled in.
	scanned bool
}

// checkKindBit gives each kind the checks ask about one bit.
func checkKindBit(k Kind) uint8 {
	switch k {
	case Denial:
		return 1
	case Uncertainty:
		return 2
	case NoComment:
		return 4
	case Boilerplate:
		return 8
	}
	return 0
}

// checkListBit gives each phrase list of rules/checks/phrases.tsv read per
// sentence one bit; 0 for the lists read only from source descriptions.
func checkListBit(list string) uint16 {
	switch list {
	case "anonymity_reason":
		return 1
	case "basis_of_knowledge":
		return 2
	case "basis_of_knowledge.weak":
		return 4
	case "allegation_answered":
		return 8
	case "allegation_answered.response":
		return 16
	case "anonymous_attack":
		return 32
	}
	return 0
}

const checkAttackBit = 32

// scanSentences tokenises each sentence once, into one reused buffer,
// and records which phrase lists it holds, where its first attack phrase
// is, and whether it names someone. Sentences the detector has already
// read this way (scanned) are skipped.
func (c *checker) scanSentences() {
	a := c.a
	var toks []scanToken
	for si, s := range a.Sentences {
		f := &c.facts[si]
		if f.scanned {
			continue
		}
		toks = appendScanTokens(toks[:0], a.Text, c.lower, s.Span)
		scanCheckFacts(f, toks)
	}
}

// scanCheckFacts fills f's phrase facts from the tokens of its sentence.
// Only a word that may begin a phrase (the filter says so) is looked up.
func scanCheckFacts(f *checkFacts, toks []scanToken) {
	first := checkFirstWords()
	starts := checkStarts()
	for i := range toks {
		if !first.mayHave(toks[i].Key) {
			continue
		}
		attackTo := -1
		for _, e := range starts.get(toks[i].Key) {
			if !scanKeysAt(toks, i, e.keys) {
				continue
			}
			if e.bit == checkAttackBit {
				// The first attack phrase, the longest at its position.
				if f.lists&checkAttackBit == 0 && i+len(e.keys) > attackTo {
					attackTo = i + len(e.keys)
				}
				continue
			}
			f.lists |= e.bit
		}
		if attackTo >= 0 {
			f.attack = Span{toks[i].Start, toks[attackTo-1].End}
			f.lists |= checkAttackBit
		}
	}
	f.namesSomeone = checkNamesSomeone(toks)
	f.scanned = true
}

// scanKeysAt reports whether the phrase keys stand at toks[i:].
func scanKeysAt(toks []scanToken, i int, keys []string) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for k := 1; k < len(keys); k++ {
		if toks[i+k].Key != keys[k] {
			return false
		}
	}
	return true
}

// checkNamesSomeone: the sentence holds a proper name past its first word
// (and past the first word of a quotation).
func checkNamesSomeone(toks []scanToken) bool {
	for i, t := range toks {
		if i == 0 || t.Punct || !t.Upper || nameStop.HasWord(t.Key) {
			continue
		}
		if toks[i-1].Punct && (toks[i-1].Key == "“" || toks[i-1].Key == "\"") {
			continue // first word of a quotation
		}
		return true
	}
	return false
}

// checkWordFilter is a bit set over a hash of words: a word whose bit is
// clear begins no phrase, so most words of a sentence cost no map lookup.
type checkWordFilter [64]uint64

func checkWordHash(k string) uint {
	n := len(k)
	return (uint(k[0])*131 + uint(k[n-1])*31 + uint(k[n/2])*7 + uint(n)) % (64 * 64)
}

func (f *checkWordFilter) mayHave(k string) bool {
	h := checkWordHash(k)
	return f[h/64]&(1<<(h%64)) != 0
}

// checkStart is a phrase of a list scanSentences reads, with its list's
// bit worked out once instead of at every occurrence of its first word.
type checkStart struct {
	bit  uint16
	keys []string
}

// checkStarts indexes those phrases by first word, in the order of
// checkPhrases().byFirst, leaving out the lists with no bit.
var checkStarts = sync.OnceValue(func() *strTable[[]checkStart] {
	m := map[string][]checkStart{}
	for k, es := range checkPhrases().byFirst {
		for _, e := range es {
			if bit := checkListBit(e.Rule); bit != 0 {
				m[k] = append(m[k], checkStart{bit, e.keys})
			}
		}
	}
	return newStrTable(m)
})

// checkFirstWords is the filter of the first words of the phrases that
// scanSentences looks for.
var checkFirstWords = sync.OnceValue(func() *checkWordFilter {
	f := new(checkWordFilter)
	for k, es := range checkPhrases().byFirst {
		for _, e := range es {
			if checkListBit(e.Rule) != 0 {
				h := checkWordHash(k)
				f[h/64] |= 1 << (h % 64)
			}
		}
	}
	return f
})

// nameStop is the lexicon class of capitalised words that start no name
// (sentence openers), which checkNamesSomeone passes over.
var nameStop = wordclasses.Default().Class("name_stop")
