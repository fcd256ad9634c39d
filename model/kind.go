package model

// Kind names what a flag says about a sentence. The string values are the
// ones the annotation guide and the JSON contract use; never rename them.
type Kind string

const (
	AnonymousSource Kind = "anonymous_source"
	Denial          Kind = "denial"
	Uncertainty     Kind = "uncertainty"
	NoComment       Kind = "no_comment"
	NamedSource     Kind = "named_source"
	Boilerplate     Kind = "boilerplate"
)

// ReaderKinds are the three kinds the reader is for, in display order.
var ReaderKinds = []Kind{AnonymousSource, Denial, Uncertainty}

// Scored reports whether k is one of the three headline kinds.
func (k Kind) Scored() bool {
	return k == AnonymousSource || k == Denial || k == Uncertainty
}
