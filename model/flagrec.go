package model

// flagRec is a flag as the detector finds it, before finish sorts the
// flags and makes the Analysis's: 24 bytes where a Flag takes 96 (its
// kind, rule id and explanation are three strings, which the rule's
// rank stands for; its spans are int32 offsets). A long text's flags
// are held from the first paragraph to the last, and their list is
// sized ahead at one a sentence (newAnalyzer), so on 10 MB of news this
// is 2.3 MB where Flags took 9, and finish no longer copies a list of
// Flags to clip it.
type flagRec struct {
	span, cue span32
	// sent indexes Analysis.Sentences: int32, as no text within any size
	// limit has 2^31 sentences (the source ledger's mentions do the same).
	sent int32
	// rule is the rule's Rank, its index in lex.ranked.
	rule uint16
	// order is kindOrder of the rule's kind, which finish sorts by.
	order uint8
}

// span32 is a Span held as int32 offsets, as no text within any size
// limit is 2 GB (the scorecard's facts and the ledger's mentions do the
// same): a flagRec's two spans take 16 bytes instead of 32.
type span32 struct{ Start, End int32 }

func span32Of(s Span) span32 { return span32{int32(s.Start), int32(s.End)} }

func (s span32) span() Span { return Span{int(s.Start), int(s.End)} }

// newFlagRec is a flag of rule r for sentence sent.
func newFlagRec(r Rule, sent int, span, cue Span) flagRec {
	return flagRec{span: span32Of(span), cue: span32Of(cue), sent: int32(sent), rule: uint16(r.Rank), order: uint8(kindOrder(r.Kind))}
}

func (f *flagRec) kind() Kind { return lex.ranked[f.rule].Kind }

// flag is f as the Analysis holds it, with no source yet.
func (f *flagRec) flag() Flag {
	r := &lex.ranked[f.rule]
	return Flag{Kind: r.Kind, Span: f.span.span(), Cue: f.cue.span(), Sentence: int(f.sent), Rule: r.ID, Explanation: r.Explanation, Source: -1}
}
