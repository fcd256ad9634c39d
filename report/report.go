// Package report builds the session report of `caveat export`: per
// article, its sourcing counts and every claim with its kind, cue, mark
// and note, as JSON, markdown or W3C Web Annotations. It reads analyses
// and saved marks; it never analyses and never writes to the store.
package report

import (
	"fmt"
	"time"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/store"
)

// Schema names the JSON report's shape; bump it on any rename or removal.
const Schema = "caveat.report/v1"

// Input is one article of the session: its origin, its analysis and what
// the store remembers of it.
type Input struct {
	Meta     model.Meta
	Analysis *model.Analysis
	Saved    store.Saved
}

// Report is the JSON report.
type Report struct {
	Schema    string    `json:"schema"`
	Generated time.Time `json:"generated"`
	Articles  []Article `json:"articles"`
}

// Article is one article of the report.
type Article struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Format string `json:"format,omitempty"`
	URL    string `json:"url,omitempty"`
	// SHA256 is the article's identity in the store: the hash of Text.
	SHA256  string             `json:"sha256"`
	Bytes   int                `json:"bytes"`
	Words   int                `json:"words"`
	Summary map[model.Kind]int `json:"summary"`
	// Sources counts the distinct sources of the ledger by type.
	Sources map[model.SourceType]int `json:"sources"`
	Marks   MarkCounts               `json:"marks"`
	Changed *Changed                 `json:"changed,omitempty"`
	Claims  []Claim                  `json:"claims"`
	// LostMarks are saved marks whose claim is not in the article as it
	// is now; the report keeps them so no judgement is silently dropped.
	LostMarks []LostMark `json:"lost_marks,omitempty"`
}

// MarkCounts sums up the reader's marks on an article.
type MarkCounts struct {
	Checked  int `json:"checked"`
	Disputed int `json:"disputed"`
	Notes    int `json:"notes"`
}

// Changed says the article differs from the version last read.
type Changed struct {
	PreviousSHA256 string    `json:"previous_sha256"`
	PreviousRead   time.Time `json:"previous_read"`
	Kept           int       `json:"kept"`
	Total          int       `json:"total"`
}

// Claim is one flag with the reader's mark. Start, End and Sentence are
// UTF-8 byte offsets, as in `caveat analyze`.
type Claim struct {
	Label       string      `json:"label"`
	Kind        model.Kind  `json:"kind"`
	Start       int         `json:"start"`
	End         int         `json:"end"`
	Text        string      `json:"text"`
	Cue         string      `json:"cue"`
	Explanation string      `json:"explanation,omitempty"`
	Rule        string      `json:"rule,omitempty"`
	Sentence    model.Span  `json:"sentence"`
	Source      string      `json:"source,omitempty"`
	Mark        store.State `json:"mark,omitempty"`
	Note        string      `json:"note,omitempty"`

	flag int // index into Analysis.Flags, for the annotations
}

// LostMark is a saved mark that no claim of the current text carries.
type LostMark struct {
	Kind     model.Kind  `json:"kind"`
	Sentence string      `json:"sentence"`
	Mark     store.State `json:"mark,omitempty"`
	Note     string      `json:"note,omitempty"`
	// Why is "article changed" or "no longer flagged".
	Why string `json:"why"`
}

// isClaim says which flags the report lists: everything a reader can mark
// except boilerplate and the ledger's named-source flags, which are
// bookkeeping, not claims to check, unless the reader marked one anyway.
func isClaim(f model.Flag, marked bool) bool {
	return marked || (f.Kind != model.Boilerplate && f.Kind != model.NamedSource)
}

// Build assembles the report of the inputs, in order.
func Build(inputs []Input, generated time.Time) Report {
	r := Report{Schema: Schema, Generated: generated.UTC(), Articles: make([]Article, 0, len(inputs))}
	for _, in := range inputs {
		r.Articles = append(r.Articles, buildArticle(in))
	}
	return r
}

func buildArticle(in Input) Article {
	a := in.Analysis
	rec := store.NewRecord(in.Meta.Source, in.Meta.Title, a.Text)
	out := Article{
		Source: in.Meta.Source, Title: in.Meta.Title, Format: in.Meta.Format, URL: in.Meta.URL,
		SHA256: rec.Hash, Bytes: len(a.Text), Words: rec.Words,
		Summary: a.Summary(), Sources: map[model.SourceType]int{}, Claims: []Claim{},
	}
	for _, s := range a.Sources {
		out.Sources[s.Type]++
	}
	count := map[model.Kind]int{}
	for i, f := range a.Flags {
		m, marked := in.Saved.Marks[i]
		if !isClaim(f, marked) {
			continue
		}
		count[f.Kind]++
		c := Claim{
			Label: fmt.Sprintf("%s%d", f.Kind.Letter(), count[f.Kind]), Kind: f.Kind,
			Start: f.Span.Start, End: f.Span.End, Text: a.Text[f.Span.Start:f.Span.End],
			Cue: a.Text[f.Cue.Start:f.Cue.End], Explanation: f.Explanation, Rule: f.Rule,
			Sentence: a.Sentences[f.Sentence].Span, Mark: m.State, Note: m.Note, flag: i,
		}
		if f.Source >= 0 && f.Source < len(a.Sources) {
			c.Source = a.Sources[f.Source].Description
		}
		out.Marks.add(m)
		out.Claims = append(out.Claims, c)
	}
	for _, m := range in.Saved.Unattached {
		out.LostMarks = append(out.LostMarks, lost(m, "no longer flagged"))
	}
	if ch := in.Saved.Changed; ch != nil {
		out.Changed = &Changed{PreviousSHA256: ch.Previous.Hash, PreviousRead: ch.Previous.LastRead.UTC(), Kept: ch.Kept, Total: ch.Total()}
		for _, m := range ch.Lost {
			out.LostMarks = append(out.LostMarks, lost(m, "article changed"))
		}
	}
	return out
}

func (c *MarkCounts) add(m store.Mark) {
	switch m.State {
	case store.Checked:
		c.Checked++
	case store.Disputed:
		c.Disputed++
	}
	if m.Note != "" {
		c.Notes++
	}
}

func lost(m store.Mark, why string) LostMark {
	return LostMark{Kind: m.Kind, Sentence: m.Sentence, Mark: m.State, Note: m.Note, Why: why}
}
