package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/internal/benchbody"
)

// TestSnapshot is a tool for changes meant to keep every output as it
// is (speed work): with CAVEAT_SNAPSHOT=DIR it writes, for every text it
// knows (the corpus, the extraction benchmark's bodies, the held-out
// sentences as one text, and small pathological shapes), the whole
// Analysis as JSON and the contract's document into DIR; with
// CAVEAT_SNAPSHOT_CHECK=DIR it compares today's bytes to those files and
// fails on the first text that differs. Run it on the old build to write,
// on the new to check. The files stay outside the repository (the texts
// belong to their publishers).
func TestSnapshot(t *testing.T) {
	write, check := os.Getenv("CAVEAT_SNAPSHOT"), os.Getenv("CAVEAT_SNAPSHOT_CHECK")
	if write == "" && check == "" {
		t.Skip("CAVEAT_SNAPSHOT=DIR writes, CAVEAT_SNAPSHOT_CHECK=DIR compares")
	}
	texts := snapshotTexts(t)
	if write != "" {
		if err := os.MkdirAll(write, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	differ := 0
	for _, name := range sortedKeys(texts) {
		got := snapshotBytes(t, texts[name])
		file := strings.NewReplacer("/", "_", " ", "_").Replace(name) + ".json"
		if write != "" {
			if err := os.WriteFile(filepath.Join(write, file), got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(filepath.Join(check, file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			differ++
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			lo := max(0, i-200)
			t.Errorf("%s differs at byte %d:\n got …%s…\nwant …%s…", name, i, got[lo:min(len(got), i+200)], want[lo:min(len(want), i+200)])
		}
	}
	t.Logf("%d texts, %d differ", len(texts), differ)
}

// snapshotBytes is the whole Analysis (every exported field) and the
// contract's document with its text, one after the other.
func snapshotBytes(t *testing.T, text string) []byte {
	a := Analyze(text)
	full, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var doc bytes.Buffer
	w := bufio.NewWriter(&doc)
	if err := a.WriteJSON(w, Meta{Source: "s", Title: "t", Format: "text"}, true); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return append(append(full, '\n'), doc.Bytes()...)
}

// benchTruthFile holds the extraction benchmark's article bodies, beside
// the repository; its texts are left out where it is missing.
const benchTruthFile = "../../shared/bench/article-extraction/ground-truth.json"

// snapshotTexts are the texts TestSnapshot and TestParallelIsSerial read.
func snapshotTexts(t *testing.T) map[string]string {
	texts := map[string]string{}
	for _, d := range loadCorpus(t, "dev", "seed") {
		texts["corpus/"+d.name] = d.text
	}
	bodies, err := benchbody.Read(benchTruthFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	for k, v := range bodies {
		texts["bench/"+k] = v
	}
	held, err := os.ReadFile("testdata/heldout.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, line := range strings.Split(string(held), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		sb.WriteString(strings.Split(line, "\t")[0])
		sb.WriteString("\n\n")
	}
	texts["heldout"] = sb.String()
	for _, sh := range pathologicalShapes {
		texts["shape/"+sh.name] = shapeText(sh.unit, 48<<10)
	}
	return texts
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
