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

// Letter is the letter a claim of this kind is numbered with in printed
// output and reports: A1, D2, U3; C for no comment, S for a named source,
// B for boilerplate, F for any later kind.
func (k Kind) Letter() string {
	switch k {
	case AnonymousSource:
		return "A"
	case Denial:
		return "D"
	case Uncertainty:
		return "U"
	case NoComment:
		return "C"
	case NamedSource:
		return "S"
	case Boilerplate:
		return "B"
	}
	return "F"
}
