package text

import "strings"

// Describe renders the structure for tests and debugging: each clause in
// braces with its kind, chunks in [..], verb groups in <..>, and a !
// after a clause holding a negation.
func (s *Sentence) Describe() string {
	s.Structure()
	var b strings.Builder
	kinds := [...]string{"main", "comp", "rel", "adv", "coord", "ncomp"}
	for ci, c := range s.Clauses {
		if ci > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("{" + kinds[c.Kind])
		if c.Neg >= 0 {
			b.WriteByte('!')
		}
		for i := c.From; i < c.To; {
			b.WriteByte(' ')
			if g, ok := s.verbAt(i); ok {
				b.WriteString("<" + s.Text(g.From, g.To) + ">")
				i = g.To
				continue
			}
			if k := s.chunkOf[i]; k >= 0 && s.Chunks[k].From == i {
				ch := s.Chunks[k]
				end := min(ch.To, c.To)
				b.WriteString("[" + s.Text(ch.From, end) + "]")
				i = end
				continue
			}
			b.WriteString(s.Text(i, i+1))
			i++
		}
		b.WriteByte('}')
	}
	return b.String()
}

func (s *Sentence) verbAt(i int) (VerbGroup, bool) {
	if v := s.verbOf[i]; v >= 0 && s.Verbs[v].From == i {
		return s.Verbs[v], true
	}
	return VerbGroup{}, false
}
