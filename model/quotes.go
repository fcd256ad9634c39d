package model

import "github.com/caveat-reader/caveat/model/tokview"

// findQuotations finds the current paragraph's quotations
// (tokview.FindQuotations), which the rules ask of a token through
// quoted.
func (z *analyzer) findQuotations() {
	z.quotes, z.inQuote = tokview.FindQuotations(z.toks, z.quotes, z.inQuote)
}

// propagateQuotations has the attribution detector give every sentence
// of a quotation its speaker's status (attribution.Detector.Quotations):
// the sentences that hold an anonymous_source flag of any rule already
// keep theirs.
func (z *analyzer) propagateQuotations() {
	if len(z.quotes) == 0 {
		return
	}
	hasAnon := map[int]bool{}
	for _, f := range z.flags[z.flagBase:] {
		if f.kind() == AnonymousSource {
			hasAnon[int(f.sent)] = true
		}
	}
	z.attr.Quotations(hasAnon, z.boiler)
}

// quoted reports whether token i is inside a quotation.
func (z *analyzer) quoted(i int) bool { return i >= 0 && i < len(z.inQuote) && z.inQuote[i] != 0 }
