package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/store"
)

// A story of our own, with curly quotes and dashes so that bytes and code
// points differ, and claims any detector should flag.
const exportStory = "“The talks are over,” a senior official said on condition of anonymity – the ministry denied it.\n\n" +
	"Officials said the deal could possibly be signed next week – or not at all.\n"

// markFirstClaim opens the story as the reader would and checks its first
// flag with a note, through the store.
func markFirstClaim(t *testing.T, dataDir, path string) (start, end int) {
	t.Helper()
	doc, err := loadDoc(context.Background(), path, articles.Options{MaxSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Analysis.Flags) == 0 {
		t.Fatal("the detector flags nothing in a story written to hold claims")
	}
	st, err := store.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Restore(record(doc), doc.Analysis); err != nil {
		t.Fatal(err)
	}
	m := store.MarkOf(doc.Analysis, 0)
	m.State, m.Note = store.Checked, "rang the ministry"
	if err := st.SetMark(record(doc).Hash, m); err != nil {
		t.Fatal(err)
	}
	return m.Span.Start, m.Span.End
}

func TestExportJSONCarriesSavedMarks(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	start, end := markFirstClaim(t, data, path)
	// Run from elsewhere with a relative path: the store knows files by
	// their absolute path.
	t.Chdir(dir)
	status, out, errOut := runCaveat(t, "", "export", "--data-dir", data, "--format", "json", "story.txt")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var rep struct {
		Articles []struct {
			Claims []struct {
				Start, End int
				Mark       *string
				Note       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report does not parse: %v", err)
	}
	found := false
	for _, c := range rep.Articles[0].Claims {
		if c.Start == start && c.End == end {
			found = c.Mark != nil && *c.Mark == "checked" && c.Note == "rang the ministry"
		} else if c.Mark != nil {
			t.Errorf("claim %d-%d has mark %q it was never given", c.Start, c.End, *c.Mark)
		}
	}
	if !found {
		t.Errorf("the checked claim %d-%d is not in the report as checked:\n%s", start, end, out)
	}
}

func TestExportAnnotationsToFileQuoteTheirPositions(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	markFirstClaim(t, data, path)
	outFile := filepath.Join(dir, "report.jsonld")
	status, _, errOut := runCaveat(t, "", "export", "--data-dir", data, "-f", "annotations", "-o", outFile, path)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	var coll struct {
		First struct {
			Items []struct {
				Target struct {
					Source   string
					Selector []struct {
						Exact      string
						Start, End int
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b, &coll); err != nil {
		t.Fatal(err)
	}
	runes := []rune(exportStory)
	if len(coll.First.Items) == 0 {
		t.Fatal("no annotations")
	}
	for _, a := range coll.First.Items {
		q, p := a.Target.Selector[0], a.Target.Selector[1]
		if string(runes[p.Start:p.End]) != q.Exact {
			t.Errorf("code points %d-%d hold %q, quote is %q", p.Start, p.End, string(runes[p.Start:p.End]), q.Exact)
		}
		if a.Target.Source != "file://"+filepath.ToSlash(path) {
			t.Errorf("target %q", a.Target.Source)
		}
	}
}

func TestExportKeepsGoodInputsBesideABadOne(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte(exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, errOut := runCaveat(t, "", "export", "--data-dir", data, filepath.Join(dir, "missing.txt"), good)
	if status == 0 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("status %d, stderr %q: want one line naming the missing file", status, errOut)
	}
	if !strings.Contains(out, "## 1. ") || !strings.Contains(out, "good.txt") {
		t.Errorf("the good input is missing from the report:\n%s", out)
	}
}

func TestHistoryListsWhatWasRead(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, _ := runCaveat(t, "", "history", "--data-dir", data)
	if status != 0 || !strings.Contains(out, "Nothing read yet") {
		t.Errorf("empty history: status %d, %q", status, out)
	}
	markFirstClaim(t, data, path)
	status, out, errOut := runCaveat(t, "", "history", "--data-dir", data)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], path) || !strings.Contains(lines[0], "LAST READ") {
		t.Errorf("history:\n%s", out)
	}
	status, out, _ = runCaveat(t, "", "history", "--data-dir", data, "--format", "json")
	var entries []struct {
		Source string
		Marked int
	}
	if err := json.Unmarshal([]byte(out), &entries); status != 0 || err != nil || len(entries) != 1 || entries[0].Marked != 1 {
		t.Errorf("history json: %v %+v", err, entries)
	}
}

func TestRefusedDatabaseIsOneLineAndUntouched(t *testing.T) {
	data := t.TempDir()
	db := filepath.Join(data, store.FileName)
	junk := bytes.Repeat([]byte("not a database "), 500)
	if err := os.WriteFile(db, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history"}, {"export"}} {
		status, _, errOut := runCaveat(t, "", append(args, "--data-dir", data)...)
		if status == 0 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "not touching it") {
			t.Errorf("%s: status %d, stderr %q", args[0], status, errOut)
		}
	}
	if b, _ := os.ReadFile(db); !bytes.Equal(b, junk) {
		t.Error("the refused database was changed")
	}
}

// TestHistoryJSONEscapesControlsFromArticles: a title is article text; the
// C1 controls and bidi overrides encoding/json leaves raw are escaped, as
// in analyze and export.
func TestHistoryJSONEscapesControlsFromArticles(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "story.txt")
	title := "Talks \u009b2J end \u202eevil"
	if err := os.WriteFile(path, []byte(title+"\n\n"+exportStory), 0o644); err != nil {
		t.Fatal(err)
	}
	markFirstClaim(t, data, path)
	status, out, errOut := runCaveat(t, "", "history", "--data-dir", data, "--format", "json")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	checkNoControls(t, out)
	var entries []struct{ Title string }
	if err := json.Unmarshal([]byte(out), &entries); err != nil || len(entries) != 1 || entries[0].Title != title {
		t.Errorf("history json: %v %+v, want the title %q as read", err, entries, title)
	}
}
