package model

// flagRec is a flag as the detector finds it, before finish sorts the
// flags and makes the Analysis's: 40 bytes where a Flag takes 96 (its
// kind, rule id and explanation are three strings, which the rule's
// rank stands for). A long text's flags are held from the first
// paragraph to the last, and their list is sized ahead at one a
// sentence (newAnalyzer), so on 10 MB of news this is 3 MB where Flags
// took 7, and finish no longer copies a list of Flags to clip it.
type flagRec struct {
	span, cue Span
	// sent indexes Analysis.Sentences: int32, as no text within any size
	// limit has 2^31 sentences (the source ledger's mentions do the same).
	sent int32
	// rule is the rule's Rank, its index in lex.ranked.
	rule uint16
	// order is kindOrder of the rule's kind, which finish sorts by.
	order uint8
}

// newFlagRec is a flag of rule r for sentence sent.
func newFlagRec(r Rule, sent int, span, cue Span) flagRec {
	return flagRec{span: span, cue: cue, sent: int32(sent), rule: uint16(r.Rank), order: uint8(kindOrder(r.Kind))}
}

func (f *flagRec) kind() Kind { return lex.ranked[f.rule].Kind }

// flag is f as the Analysis holds it, with no source yet.
func (f *flagRec) flag() Flag {
	r := &lex.ranked[f.rule]
	return Flag{Kind: r.Kind, Span: f.span, Cue: f.cue, Sentence: int(f.sent), Rule: r.ID, Explanation: r.Explanation, Source: -1}
}
