package model

// Schema names the shape of Document; bump it on any rename or removal.
const Schema = "caveat.analysis/v1"

// Meta is what the caller knows about an analysed text's origin. model
// does not load articles, so the command hands these in.
type Meta struct {
	Source string
	Title  string
	Format string
	URL    string
	Byline string
	Site   string
	Date   string
}

// Document is the JSON contract of `caveat analyze --format json`
// (shared/spec/analysis-json.md). Fields are added freely, never renamed.
type Document struct {
	Schema  string       `json:"schema"`
	Source  string       `json:"source"`
	Title   string       `json:"title"`
	Format  string       `json:"format"`
	URL     string       `json:"url,omitempty"`
	Byline  string       `json:"byline,omitempty"`
	Site    string       `json:"site,omitempty"`
	Date    string       `json:"date,omitempty"`
	Bytes   int          `json:"bytes"`
	Flags   []DocFlag    `json:"flags"`
	Summary map[Kind]int `json:"summary"`
	Sources []DocSource  `json:"sources"`
	Checks  []DocCheck   `json:"checks"`
	Text    *string      `json:"text,omitempty"`
}

// DocFlag is one flag as the contract spells it.
type DocFlag struct {
	Kind        Kind   `json:"kind"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Cue         string `json:"cue"`
	Rule        string `json:"rule"`
	Explanation string `json:"explanation"`
	Sentence    Span   `json:"sentence"`
	Source      string `json:"source,omitempty"`
}

// DocSource is one entry of the source ledger.
type DocSource struct {
	ID          string     `json:"id"`
	Description string     `json:"description"`
	Type        SourceType `json:"type"`
	Sentences   []Span     `json:"sentences"`
}

// DocCheck is one scorecard question.
type DocCheck struct {
	ID        string `json:"id"`
	Question  string `json:"question"`
	Standard  string `json:"standard"`
	Answer    string `json:"answer"`
	Raised    bool   `json:"raised"`
	Sentences []Span `json:"sentences"`
}

// Document builds the contract's document. includeText adds the analysed
// text itself, which HTML input needs for its offsets to mean anything.
func (a *Analysis) Document(meta Meta, includeText bool) Document {
	d := Document{
		Schema:  Schema,
		Source:  meta.Source,
		Title:   meta.Title,
		Format:  meta.Format,
		URL:     meta.URL,
		Byline:  meta.Byline,
		Site:    meta.Site,
		Date:    meta.Date,
		Bytes:   len(a.Text),
		Flags:   make([]DocFlag, 0, len(a.Flags)),
		Summary: a.Summary(),
		Sources: make([]DocSource, 0, len(a.Sources)),
		Checks:  make([]DocCheck, 0, len(a.Checks)),
	}
	for _, f := range a.Flags {
		df := DocFlag{
			Kind:        f.Kind,
			Start:       f.Span.Start,
			End:         f.Span.End,
			Text:        a.Text[f.Span.Start:f.Span.End],
			Cue:         a.Text[f.Cue.Start:f.Cue.End],
			Rule:        f.Rule,
			Explanation: f.Explanation,
			Sentence:    a.Sentences[f.Sentence].Span,
		}
		if f.Source >= 0 && f.Source < len(a.Sources) {
			df.Source = a.Sources[f.Source].ID
		}
		d.Flags = append(d.Flags, df)
	}
	for _, s := range a.Sources {
		d.Sources = append(d.Sources, DocSource{ID: s.ID, Description: s.Description, Type: s.Type, Sentences: a.sentenceSpans(s.Sentences)})
	}
	for _, c := range a.Checks {
		d.Checks = append(d.Checks, DocCheck{ID: c.ID, Question: c.Question, Standard: c.Standard, Answer: c.Answer, Raised: c.Raised, Sentences: a.sentenceSpans(c.Sentences)})
	}
	if includeText {
		t := a.Text
		d.Text = &t
	}
	return d
}

func (a *Analysis) sentenceSpans(idx []int) []Span {
	out := make([]Span, 0, len(idx))
	for _, i := range idx {
		out = append(out, a.Sentences[i].Span)
	}
	return out
}
