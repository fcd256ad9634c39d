package model

// SourceType says what kind of party a source is.
type SourceType string

const (
	NamedPerson      SourceType = "named_person"
	NamedInstitution SourceType = "named_institution"
	UnnamedPerson    SourceType = "unnamed_person"
	UnnamedGroup     SourceType = "unnamed_group"
	UnnamedMedia     SourceType = "unnamed_media"
)

// Anonymous reports whether a source of this type is unnamed.
func (t SourceType) Anonymous() bool {
	return t == UnnamedPerson || t == UnnamedGroup || t == UnnamedMedia
}

// Source is one party the article rests on, with every sentence attributed
// to it. Filled by the source ledger.
type Source struct {
	ID          string
	Description string
	// Mention is where Description stands in the text.
	Mention   Span
	Type      SourceType
	Sentences []int
	// Mentions are every phrase that names or points back to the source
	// ("A US official", "the official"), in text order; Mention is the first.
	Mentions []Span
}

// Check is one question of the sourcing scorecard, asked of the article.
// It is a question with the sentence that prompted it, never a verdict.
type Check struct {
	ID       string
	Question string
	Standard string
	// Answer is a short plain-English finding.
	Answer    string
	Raised    bool
	Sentences []int
}
