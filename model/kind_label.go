package model

// Label is the word the reader shows for a kind: "Anonymous", "Denial",
// "Uncertain", "No comment", "Named", "Boilerplate". Unknown kinds show
// their raw value, so a newer kind never renders blank.
func (k Kind) Label() string {
	switch k {
	case AnonymousSource:
		return "Anonymous"
	case Denial:
		return "Denial"
	case Uncertainty:
		return "Uncertain"
	case NoComment:
		return "No comment"
	case NamedSource:
		return "Named"
	case Boilerplate:
		return "Boilerplate"
	}
	return string(k)
}
