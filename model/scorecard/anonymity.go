package scorecard

import (
	"fmt"
	"github.com/caveat-reader/caveat/model/ledger"
	"strings"
)

// The four questions about how unnamed sources are presented: why they are
// unnamed, who they are, how they know, and how many they are.

// anonymityReason: Reuters and AP ask the story to say why a source was
// granted anonymity ("not authorized to speak publicly").
func (c *checker) anonymityReason() (string, bool, []int) {
	g := c.granted()
	if len(g) == 0 {
		return "No unnamed person or group is quoted.", false, nil
	}
	var missing []int
	for _, i := range g {
		if !c.sourceHas(i, reasonPhrase) {
			missing = append(missing, i)
		}
	}
	if len(missing) == 0 {
		return fmt.Sprintf("Every unnamed source (%d) comes with a reason for anonymity.", len(g)), false, nil
	}
	// The noun counts the whole, the verb the part: "1 of 5 unnamed
	// sources has", "2 of 2 have".
	return fmt.Sprintf("%d of %d unnamed %s %s no reason for anonymity: %s.", len(missing), len(g),
		plural(len(g), "source", "sources"), plural(len(missing), "has", "have"), c.quoteList(missing)), true, c.first(missing)
}

// sourcePrecise: AP asks that an unnamed source be described as precisely
// as possible; "a source", "officials" or "critics" tell the reader
// nothing of where the source stands.
func (c *checker) sourcePrecise() (string, bool, []int) {
	var anon, vague []int
	for i, s := range c.in.Sources {
		if !s.Type.Anonymous() {
			continue
		}
		anon = append(anon, i)
		if bareDescription(&c.in.Sources[i]) {
			vague = append(vague, i)
		}
	}
	if len(anon) == 0 {
		return "No unnamed source.", false, nil
	}
	if len(vague) == 0 {
		return fmt.Sprintf("Every unnamed source (%d) is described by affiliation or role.", len(anon)), false, nil
	}
	return fmt.Sprintf("%d of %d unnamed %s %s described only generically: %s.", len(vague), len(anon),
		plural(len(anon), "source", "sources"), plural(len(vague), "is", "are"), c.quoteList(vague)), true, c.first(vague)
}

// basisOfKnowledge: Reuters and the NYT ask how the source knows ("who
// attended the meeting"); "familiar with" says only that they do.
func (c *checker) basisOfKnowledge() (string, bool, []int) {
	g := c.granted()
	if len(g) == 0 {
		return "No unnamed person or group is quoted.", false, nil
	}
	var weak, none []int
	for _, i := range g {
		switch {
		case c.sourceHas(i, basisPhrase):
		case c.sourceHas(i, knowsPhrase):
			weak = append(weak, i)
		default:
			none = append(none, i)
		}
	}
	if len(weak)+len(none) == 0 {
		return fmt.Sprintf("Every unnamed source (%d) comes with how it knows.", len(g)), false, nil
	}
	ans := ""
	if len(none) > 0 {
		ans = fmt.Sprintf("No basis of knowledge is given for %s.", c.quoteList(none))
	}
	if len(weak) > 0 {
		if ans != "" {
			ans += " "
		}
		ans += fmt.Sprintf("Only \"familiar with\" or the like for %s.", c.quoteList(weak))
	}
	return ans, true, c.first(append(none, weak...))
}

// pluralSources: the NYT does not let "sources" stand for one person. The
// question is raised when a singular back-reference ("the source said")
// joins a plural source, or when a plural source with no number ("sources
// said") stands beside a single source of the same kind ("a source").
func (c *checker) pluralSources() (string, bool, []int) {
	a := c.in
	type read struct {
		i int
		m ledger.Phrase
	}
	var plurals, singles []read
	for i, s := range a.Sources {
		if !s.Type.Anonymous() {
			continue
		}
		m, ok := ledger.ReadPhrase(a.Text, s.Mention)
		if !ok {
			continue
		}
		if m.Plural {
			plurals = append(plurals, read{i, m})
		} else if !m.Definite {
			singles = append(singles, read{i, m})
		}
	}
	// The first single source of each head noun, so a plural finds its
	// counterpart by lookup.
	singleBy := map[string]read{}
	for _, s := range singles {
		l := ledger.HeadLemma(s.m.Head)
		if _, ok := singleBy[l]; !ok {
			singleBy[l] = s
		}
	}
	var sents []int
	var why []string
	for _, p := range plurals {
		for _, sp := range a.Sources[p.i].Mentions {
			m, ok := ledger.ReadPhrase(a.Text, sp)
			if ok && !m.Pronoun && !m.Plural && !m.Partitive && ledger.HeadLemma(m.Head) == ledger.HeadLemma(p.m.Head) {
				why = append(why, fmt.Sprintf("%q is later %q", a.Sources[p.i].Description, a.Text[sp.Start:sp.End]))
				sents = append(sents, a.Sources[p.i].Sentences...)
				break
			}
		}
		if p.m.Counted || !bareDescription(&a.Sources[p.i]) {
			continue // "three sources", "Russian officials": a described group
		}
		if s, ok := singleBy[ledger.HeadLemma(p.m.Head)]; ok {
			why = append(why, fmt.Sprintf("%q stands beside %q", a.Sources[p.i].Description, a.Sources[s.i].Description))
			sents = append(sents, a.Sources[p.i].Sentences[0], a.Sources[s.i].Sentences[0])
		}
	}
	if len(plurals) == 0 {
		return "No plural unnamed source.", false, nil
	}
	if len(why) == 0 {
		return fmt.Sprintf("Each plural unnamed source (%d) reads as more than one person throughout.", len(plurals)), false, nil
	}
	return "Check how many people stand behind the plural: " + strings.Join(why, "; ") + ".", true, sents
}
