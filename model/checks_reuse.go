package model

// The scorecard reads every sentence as ledger tokens (checks_scan.go).
// On most news sentences those are exactly the detector's tokens, so the
// detector hands its tokens over while it holds them (tokenize says when
// they agree), and the scorecard tokenises only the other sentences. This
// saves a second pass over nearly all of a text.

// agreeRune: r, outside a word, is punctuation to both tokenisers (a
// single-rune token keyed as itself), and '’' between letters is kept
// inside the word by both and folded to an ASCII apostrophe. These are
// the typographic marks news text is full of; other non-ASCII runes are
// left to the ledger's tokeniser.
func agreeRune(r rune) bool {
	switch r {
	case '’', '‘', '“', '”', '—', '–', '…', '£', '€':
		return true
	}
	return false
}

// markScorecardWords gives the lexicon entries of the words the
// scorecard looks for their marks: clsCheckStart for the first word of a
// phrase in checkStarts, clsNameStop for a word of the name_stop class.
func markScorecardWords(l *lexicon) {
	for k, es := range checkPhrases().byFirst {
		for _, e := range es {
			if checkListBit(e.Rule) != 0 {
				l.info(k).classes |= 1 << clsCheckStart
			}
		}
	}
	for _, k := range nameStop.Words() {
		l.info(k).classes |= 1 << clsNameStop
	}
}

// scanDetectorFacts is scanCheckFacts (checks_scan.go) reading detector
// tokens in place: norm is the ledger's Key, !word its Punct and cap its
// Upper. It is written out a second time because converting every token
// of the text to a scanToken first cost more than the scan itself.
// FuzzDetectorFacts holds the two to the same answers.
func scanDetectorFacts(f *checkFacts, toks []token) {
	starts := checkStarts()
	for i := range toks {
		if !toks[i].in(clsCheckStart) {
			continue
		}
		attackTo := -1
		for _, e := range starts.get(toks[i].norm) {
			if !detectorKeysAt(toks, i, e.keys) {
				continue
			}
			if e.bit == checkAttackBit {
				if f.lists&checkAttackBit == 0 && i+len(e.keys) > attackTo {
					attackTo = i + len(e.keys)
				}
				continue
			}
			f.lists |= e.bit
		}
		if attackTo >= 0 {
			f.attack = Span{toks[i].start, toks[attackTo-1].end}
			f.lists |= checkAttackBit
		}
	}
	f.namesSomeone = detectorNamesSomeone(toks)
	f.scanned = true
}

// detectorKeysAt is scanKeysAt over detector tokens.
func detectorKeysAt(toks []token, i int, keys []string) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for k := 1; k < len(keys); k++ {
		if toks[i+k].norm != keys[k] {
			return false
		}
	}
	return true
}

// detectorNamesSomeone is checkNamesSomeone over detector tokens.
func detectorNamesSomeone(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if i == 0 || !t.word || !t.cap || t.in(clsNameStop) {
			continue
		}
		if p := &toks[i-1]; !p.word && (p.norm == "“" || p.norm == "\"") {
			continue // first word of a quotation
		}
		return true
	}
	return false
}
