package tokview

// Quotation is one stretch of quoted speech: the tokens between its marks
// Open and Close (token indexes; Close may be past the paragraph's end)
// are inside it.
type Quotation struct{ Open, Close int }

// FindQuotations pairs the quotation marks of a paragraph's tokens, toks:
// curly marks open and close, straight marks alternate. A quotation left
// open runs to the end of its paragraph, as news quotations continued in
// the next paragraph do. It returns the quotations, appended to
// quotes[:0], and for each token the index+1 of the quotation holding it
// (0 if none) in inQuote, reused when it has room.
func FindQuotations(toks []Token, quotes []Quotation, inQuote []int32) ([]Quotation, []int32) {
	quotes = quotes[:0]
	if cap(inQuote) < len(toks) {
		inQuote = make([]int32, len(toks), 2*len(toks))
	} else {
		inQuote = inQuote[:len(toks)]
		clear(inQuote)
	}
	open := -1
	for t := range toks {
		if toks[t].Word {
			continue
		}
		n := toks[t].Norm
		switch {
		case open < 0 && (n == QuoteOpen || n == QuoteStraight):
			open = t
		case open >= 0 && (n == QuoteClose || n == QuoteStraight):
			quotes = closeQuote(quotes, inQuote, open, t)
			open = -1
		}
	}
	if open >= 0 {
		quotes = closeQuote(quotes, inQuote, open, len(toks))
	}
	return quotes, inQuote
}

// closeQuote appends the quotation between marks open and close and
// marks its tokens in inQuote.
func closeQuote(quotes []Quotation, inQuote []int32, open, close int) []Quotation {
	quotes = append(quotes, Quotation{Open: open, Close: close})
	id := int32(len(quotes))
	for k := open + 1; k < close; k++ {
		inQuote[k] = id
	}
	return quotes
}
