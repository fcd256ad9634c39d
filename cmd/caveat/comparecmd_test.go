package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCompareTextAndJSON(t *testing.T) {
	in := []string{"../../compare/testdata/dam-outlet-a.txt", "../../compare/testdata/dam-outlet-b.txt", "../../compare/testdata/dam-outlet-c.txt"}
	status, out, errOut := runCaveat(t, "", append([]string{"compare"}, in...)...)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	for _, want := range []string{"5 claims in more than one article", "unnamed only: two officials familiar with the inspection", "on the record: Maria Lindqvist"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	status, out, errOut = runCaveat(t, "", append([]string{"compare", "--format", "json"}, in...)...)
	var doc struct {
		Schema   string
		Articles []struct{ Source string }
		Claims   [][]struct {
			Article     int
			OnlyUnnamed bool `json:"only_unnamed"`
		}
	}
	if status != 0 || json.Unmarshal([]byte(out), &doc) != nil {
		t.Fatalf("status %d, %s: %q", status, errOut, out)
	}
	if doc.Schema != "caveat.compare/v1" || len(doc.Articles) != 3 || len(doc.Claims) != 5 || !doc.Claims[0][0].OnlyUnnamed || doc.Claims[0][1].OnlyUnnamed {
		t.Fatalf("document %+v", doc)
	}
}

func TestCompareNeedsTwoArticles(t *testing.T) {
	status, _, errOut := runCaveat(t, "", "compare", "../../compare/testdata/dam-outlet-a.txt")
	if status == 0 || !strings.Contains(errOut, "two articles") {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	// One bad input of three: the other two are still compared.
	status, out, errOut := runCaveat(t, "", "compare", "../../compare/testdata/dam-outlet-a.txt", "missing.txt", "../../compare/testdata/dam-outlet-b.txt")
	if status == 0 || !strings.Contains(errOut, "missing.txt") || !strings.Contains(out, "claims in more than one article") {
		t.Fatalf("status %d, stdout %q, stderr %q", status, out, errOut)
	}
}
