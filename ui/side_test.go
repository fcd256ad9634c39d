package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// textDoc is a Doc of the file at path, analysed, titled title.
func textDoc(t testing.TB, path, title string) *reading.Doc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return &reading.Doc{Article: &articles.Article{Source: path, Title: title, Text: string(b), Format: articles.Text},
		Analysis: model.Analyze(string(b))}
}

// In the index, C sets the session's articles side by side; esc goes
// back to the index, and esc again to the article.
func TestIndexCComparesTheSession(t *testing.T) {
	var docs []*reading.Doc
	for _, n := range []string{"a", "b", "c"} {
		docs = append(docs, textDoc(t, "../compare/testdata/dam-outlet-"+n+".txt", "Outlet "+strings.ToUpper(n)))
	}
	m := openModel(t, 120, 40, docs...)
	m = press(t, m, "L", "C")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"[A] Outlet A", "[C] Outlet C", "5 claims in more than one article", "unnamed only"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("compare view lacks %q:\n%s", want, screen)
		}
	}
	m = press(t, m, "esc")
	if m.mode != modeIndex {
		t.Fatalf("esc from the compare view: mode %v, want the index", m.mode)
	}
	m = press(t, m, "esc")
	if m.mode != modeRead {
		t.Fatalf("esc from the index: mode %v", m.mode)
	}
}

// An article that changed since it was last read says so, and v shows
// what changed in its sourcing; v does nothing for an unchanged one.
func TestVShowsWhatChanged(t *testing.T) {
	old := textDoc(t, "../compare/testdata/bridge-1.txt", "Bridge")
	now := textDoc(t, "../compare/testdata/bridge-4.txt", "Bridge")
	v := compare.Diff(old.Analysis, now.Analysis)
	st := &fakeStore{saved: map[string]reading.Saved{"Bridge": {Changed: true, Kept: 0, Versions: v}}}
	m := openWithStore(t, st, 120, 40, now)
	if !strings.Contains(strings.Join(screenLines(m), "\n"), "(v shows it)") {
		t.Fatalf("no notice of the change:\n%s", strings.Join(screenLines(m), "\n"))
	}
	m = press(t, m, "v")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"Changed since you last read it", "Denial gained", "Deputy Mayor Ana Ruiz"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("versions view lacks %q:\n%s", want, screen)
		}
	}
	m = press(t, m, "esc")
	if m.mode != modeRead {
		t.Fatalf("esc from the versions view: mode %v", m.mode)
	}
	plain := openModel(t, 120, 40, textDoc(t, "../compare/testdata/bridge-4.txt", "Bridge"))
	if plain = press(t, plain, "v"); plain.mode != modeRead {
		t.Fatal("v opened a view for an article that did not change")
	}
}

// L shows each article's outlet beside its counts.
func TestIndexShowsTheOutlet(t *testing.T) {
	a := textDoc(t, "../compare/testdata/dam-outlet-a.txt", "Outlet A")
	a.Article.URL = "https://www.north.example/dam"
	b := textDoc(t, "../compare/testdata/dam-outlet-b.txt", "Outlet B")
	m := press(t, openModel(t, 120, 40, a, b), "L")
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "north.example") {
		t.Fatalf("the index lacks the outlet:\n%s", screen)
	}
}

type outletStore struct {
	fakeStore
	rows []Outlet
}

func (s *outletStore) Outlets() ([]Outlet, error) { return s.rows, nil }

// O in the index shows the outlets the store profiles, the current
// article's marked; esc goes back to the index. Without a store (a
// private session) O says why there is nothing.
func TestIndexOShowsTheOutlets(t *testing.T) {
	a := textDoc(t, "../compare/testdata/dam-outlet-a.txt", "Outlet A")
	a.Article.URL = "https://north.example/dam"
	st := &outletStore{rows: []Outlet{{Name: "north.example", Articles: 3, AnonShare: 0.4, Trend: []float64{0.5, 0.4}}, {Name: "south.example", Articles: 1}}}
	m := openWithStore(t, st, 120, 40, a)
	m = press(t, m, "L")
	next, cmd := m.Update(keyMsg("O"))
	m = next.(*Model)
	if cmd == nil {
		t.Fatal("O asked the store for nothing")
	}
	m = update(t, m, cmd())
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"Outlets you have read", "north.example", "◂ this article", "south.example"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("outlets view lacks %q:\n%s", want, screen)
		}
	}
	if m = press(t, m, "esc"); m.mode != modeIndex {
		t.Fatalf("esc from the outlets view: mode %v", m.mode)
	}
	private := press(t, openModel(t, 120, 40, a), "L", "O")
	if !strings.Contains(strings.Join(screenLines(private), "\n"), "private session") {
		t.Fatal("O in a private session said nothing")
	}
}

// A character reference to a control character in markdown is shown as
// its visible symbol, never resolved into the control by the renderer
// (and then silently dropped by the last pass): the links-hiding piece
// writer resolves references before glamour sees them.
func TestMarkdownReferencesToControlsShowAsSymbols(t *testing.T) {
	d := fixtureDoc(t, true, [][]string{{"The minister denied the report &#x9d; and &#7; here, officials said."}},
		fixFlag{kind: model.Denial, sentence: 0, span: "denied", cue: "denied"})
	m := settleRenders(t, openModel(t, 120, 30, d))
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "⟨U+009D⟩") || !strings.Contains(screen, "␇") {
		t.Fatalf("references to controls are not shown as symbols:\n%s", screen)
	}
}
