package model

import (
	"github.com/caveat-reader/caveat/model/attribution"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// detectorHost is the analyzer as the attribution detector's Host: its
// attributions and flags go straight into the Analysis, in the order the
// detector finds them, so a look-back reads every attribution before it
// (the structural rules' too) as the rules always have.
type detectorHost struct{ z *analyzer }

func (h detectorHost) AddFlag(ruleID string, sent int, span, cue tokview.Range) {
	h.z.addFlag(ruleID, sent, span, cue)
}

func (h detectorHost) AddAttribution(at attribution.Found) {
	h.z.a.Attributions = append(h.z.a.Attributions, Attribution{
		Sentence: at.Sentence,
		Mention:  Span{Start: at.Mention.Start, End: at.Mention.End},
		Named:    at.Named,
		Type:     at.Type,
		BackRef:  at.BackRef,
		Plural:   at.Plural,
	})
}

func (h detectorHost) Attributions() int { return len(h.z.a.Attributions) }

func (h detectorHost) Attribution(j int) attribution.Found {
	at := &h.z.a.Attributions[j]
	return attribution.Found{
		Sentence: at.Sentence,
		Mention:  attribution.Span{Start: at.Mention.Start, End: at.Mention.End},
		Named:    at.Named,
		Type:     at.Type,
		BackRef:  at.BackRef,
		Plural:   at.Plural,
	}
}

func (h detectorHost) Parse(p *stream.Parser, sent int) (*stream.Sentence, int) {
	z := h.z
	return z.parse(p, sent), z.ssents[sent-z.sentBase].From
}

// isSentenceStarter: the segmenter's abbreviation data marks w as a word
// that opens sentences, so a capital on it names no one.
func isSentenceStarter(w string) bool { return segAbbr.Get(w)&segStarter != 0 }
