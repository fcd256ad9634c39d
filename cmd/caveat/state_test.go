package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/kong"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/store"
)

func loadTestDoc(t *testing.T, path string) reading.Doc {
	t.Helper()
	doc, err := loadDoc(context.Background(), path, articles.Options{MaxSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Analysis.Flags); n < 2 {
		t.Fatalf("the detector flags %d claims in a story written to hold several", n)
	}
	return *doc
}

// readerMark is flag i of d as the reader would mark it.
func readerMark(d reading.Doc, i int, st reading.State, note string) reading.Mark {
	f := d.Analysis.Flags[i]
	s := d.Analysis.Sentences[f.Sentence]
	return reading.Mark{Kind: f.Kind, Span: f.Span, SentenceStart: s.Start, Sentence: d.Analysis.Text[s.Start:s.End], State: st, Note: note}
}

// storyToSave writes the export test's story to a file of its own, and
// the flags of a data directory of its own to save it in.
func storyToSave(t *testing.T) (path string, flags SaveFlags) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte(exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, SaveFlags{DataFlags: DataFlags{DataDir: t.TempDir()}}
}

func TestReaderStoreRemembersAcrossRuns(t *testing.T) {
	path, flags := storyToSave(t)

	d := loadTestDoc(t, path)
	persist, done := flags.openReaderStore()
	if saved, err := persist.Load(d); err != nil || saved.HasPosition || len(saved.Marks) != 0 {
		t.Fatalf("first run: %+v, %v", saved, err)
	}
	if err := persist.SaveMark(d, readerMark(d, 1, reading.Disputed, "who says?")); err != nil {
		t.Fatal(err)
	}
	if err := persist.SavePosition(d, d.Analysis.Sentences[1].Start); err != nil {
		t.Fatal(err)
	}
	done()

	d = loadTestDoc(t, path) // a new run analyses afresh
	persist, done = flags.openReaderStore()
	defer done()
	saved, err := persist.Load(d)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.HasPosition || saved.Position != d.Analysis.Sentences[1].Start {
		t.Errorf("position %d (%v), want %d", saved.Position, saved.HasPosition, d.Analysis.Sentences[1].Start)
	}
	if len(saved.Marks) != 1 || saved.Marks[0].Updated.IsZero() {
		t.Fatalf("marks %+v, want one with the time it was saved", saved.Marks)
	}
	// The mark comes back as it was saved, with when.
	got := saved.Marks[0]
	got.Updated = time.Time{}
	if got != readerMark(d, 1, reading.Disputed, "who says?") {
		t.Errorf("marks %+v", saved.Marks)
	}
	// Clearing goes through the same call.
	if err := persist.SaveMark(d, readerMark(d, 1, reading.Unmarked, "")); err != nil {
		t.Fatal(err)
	}
	if saved, _ := persist.Load(d); len(saved.Marks) != 0 {
		t.Errorf("mark not cleared: %+v", saved.Marks)
	}
}

func TestReaderStoreReportsAChangedArticle(t *testing.T) {
	path, flags := storyToSave(t)
	persist, done := flags.openReaderStore()
	defer done()
	d := loadTestDoc(t, path)
	if _, err := persist.Load(d); err != nil {
		t.Fatal(err)
	}
	if err := persist.SaveMark(d, readerMark(d, 0, reading.Checked, "")); err != nil {
		t.Fatal(err)
	}
	// The file is updated in place: a new first paragraph.
	if err := os.WriteFile(path, []byte("An editor's note opens the story.\n\n"+exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	d2 := loadTestDoc(t, path)
	saved, err := persist.Load(d2)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Changed || saved.Kept != 1 || saved.Dropped != 0 || len(saved.Marks) != 1 || saved.Marks[0].State != reading.Checked {
		t.Errorf("changed article: %+v", saved)
	}
	// The previous version's text was kept, so the change in sourcing
	// is known: an editor's note adds a sentence and no flag.
	if saved.Versions == nil || saved.Versions.Summary() != "no change in its sourcing" || len(saved.Versions.Pairs) != len(d2.Analysis.Sentences) {
		t.Errorf("versions of the changed article: %+v", saved.Versions)
	}
	// A denial added in place: the summary says so.
	if err := os.WriteFile(path, []byte("An editor's note opens the story.\n\n"+exportStory+"\nThe ministry denied the report.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	saved, err = persist.Load(loadTestDoc(t, path))
	if err != nil || saved.Versions == nil || saved.Versions.Summary() != "+1 Denial" {
		t.Errorf("versions after a denial was added: %v, %+v", err, saved.Versions)
	}
}

func TestReaderStoreReportsARefusedDatabase(t *testing.T) {
	data := t.TempDir()
	garbage := []byte("this is not a database, and caveat must leave it alone")
	if err := os.WriteFile(filepath.Join(data, "caveat.db"), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	persist, done := SaveFlags{DataFlags: DataFlags{DataDir: data}}.openReaderStore()
	defer done()
	d := loadTestDoc(t, writeFile(t, t.TempDir(), "story.txt", exportStory))
	if _, err := persist.Load(d); err == nil || strings.Contains(err.Error(), "\n") {
		t.Fatalf("want a one-line error for a damaged database, got %v", err)
	}
	if err := persist.SavePosition(d, 0); err == nil {
		t.Fatal("saving into a refused database must fail, not write")
	}
	if got, _ := os.ReadFile(filepath.Join(data, "caveat.db")); string(got) != string(garbage) {
		t.Fatal("the refused database was changed")
	}
}

func TestNoSaveIsNoStore(t *testing.T) {
	data := t.TempDir()
	persist, done := SaveFlags{DataFlags: DataFlags{DataDir: data}, NoSave: true}.openReaderStore()
	defer done()
	if persist != nil {
		t.Errorf("--no-save opened a store: %v", persist)
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("--no-save wrote %d files to the data directory", len(entries))
	}
}

func TestSaveFlagsParseWhenEmbedded(t *testing.T) {
	var cli struct {
		SaveFlags
	}
	parser, err := kong.New(&cli, kong.Exit(func(int) { t.Fatal("kong exited") }))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.Parse([]string{"--data-dir", "/somewhere/else", "--no-save"}); err != nil {
		t.Fatal(err)
	}
	if cli.DataDir != "/somewhere/else" || !cli.NoSave {
		t.Errorf("parsed %+v", cli.SaveFlags)
	}
}

// callsUnderWay says whether a store call has begun and not returned.
func (r *readerStore) callsUnderWay() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pending > 0
}

// A reader quit the moment its first frame shows: the visit its Load
// began is still recorded, so the next run can say what changed.
func TestReaderStoreClosesAfterTheCallsUnderWay(t *testing.T) {
	path, flags := storyToSave(t)
	d := loadTestDoc(t, path)
	opened := make(chan struct{})
	r := newReaderStore(func() (*store.Store, error) {
		<-opened // the database is slow to open
		return flags.openStore()
	})
	loaded := make(chan error, 1)
	go func() {
		_, err := r.Load(d)
		loaded <- err
	}()
	for !r.callsUnderWay() {
		runtime.Gosched()
	}
	closed := make(chan struct{})
	go func() {
		r.close()
		close(closed)
	}()
	close(opened)
	<-closed
	if err := <-loaded; err != nil {
		t.Fatalf("the visit under way when the reader closed: %v", err)
	}
	if _, err := r.Load(d); !errors.Is(err, errStoreClosed) {
		t.Errorf("a Load after closing: %v, want %v", err, errStoreClosed)
	}
	// The next run knows the text read, so an edit is reported with
	// its change in sourcing.
	if err := os.WriteFile(path, []byte(exportStory+"\nThe ministry denied the report.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	persist, done := flags.openReaderStore()
	defer done()
	saved, err := persist.Load(loadTestDoc(t, path))
	if err != nil || saved.Versions == nil || saved.Versions.Summary() != "+1 Denial" {
		t.Errorf("the next run: %v, %+v", err, saved)
	}
}
