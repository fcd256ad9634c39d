package main

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// outletPage is an article of our own words on a site, with a canonical
// link naming its outlet: anon sentences on unnamed sources, denials and
// hedges one each per sentence, the rest plain facts.
func outletPage(site string, id, n, anon, denials, hedges int) string {
	var body strings.Builder
	for i := range n {
		var s string
		switch {
		case i < anon:
			s = fmt.Sprintf("The council will vote on plan %d next week, a senior official said on condition of anonymity.", i)
		case i < anon+denials:
			s = fmt.Sprintf("The mayor denied the report about plan %d.", i)
		case i < anon+denials+hedges:
			s = fmt.Sprintf("Plan %d may be delayed until the summer.", i)
		default:
			s = fmt.Sprintf("The council met %d times in spring %d.", i, 2000+id)
		}
		fmt.Fprintf(&body, "<p>%s</p>\n", s)
	}
	return fmt.Sprintf(`<!doctype html><html><head><title>Council plan</title>
<link rel="canonical" href="https://www.%s/news/story"></head>
<body><article><h1>Council plan</h1>%s</article></body></html>`, site, body.String())
}

func TestOutletsOverADozenArticlesFromFourSites(t *testing.T) {
	type article struct {
		site                     string
		n, anon, denials, hedges int
	}
	arts := []article{
		{"north.example", 10, 5, 0, 0}, {"north.example", 10, 3, 1, 0}, {"north.example", 10, 4, 0, 2},
		{"south.example", 8, 0, 2, 0}, {"south.example", 8, 0, 0, 0}, {"south.example", 8, 0, 1, 1},
		{"east.example", 6, 1, 0, 3}, {"east.example", 6, 1, 0, 3}, {"east.example", 6, 0, 0, 0},
		{"west.example", 12, 6, 0, 0}, {"west.example", 12, 6, 0, 0}, {"west.example", 12, 0, 3, 0},
	}
	mux := http.NewServeMux()
	var urls []string
	for i, a := range arts {
		path := fmt.Sprintf("/a%d", i)
		page := outletPage(a.site, i, a.n, a.anon, a.denials, a.hedges)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		})
		urls = append(urls, path)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	data := t.TempDir()
	args := []string{"analyze", "--save", "--data-dir", data, "--format", "json"}
	for _, u := range urls {
		args = append(args, srv.URL+u)
	}
	if status, _, errOut := runCaveat(t, "", args...); status != 0 {
		t.Fatalf("analyze: status %d, %s", status, errOut)
	}
	status, out, errOut := runCaveat(t, "", "outlets", "--data-dir", data, "--format", "json", "--sort", "outlet")
	if status != 0 {
		t.Fatalf("outlets: status %d, %s", status, errOut)
	}
	var got []struct {
		Outlet              string
		Articles            int
		AnonShare           float64   `json:"anonymous_share"`
		DenialsPerArticle   float64   `json:"denials_per_article"`
		UncertainPerArticle float64   `json:"uncertain_per_article"`
		Trend               []float64 `json:"anonymous_share_latest"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	// What the pages hold, worked out by hand (extraction leaves the
	// headline out, so an article has n sentences).
	want := map[string][3]float64{
		"east.example":  {2.0 / 18, 0, 2},
		"north.example": {12.0 / 30, 1.0 / 3, 2.0 / 3},
		"south.example": {0, 1, 1.0 / 3},
		"west.example":  {12.0 / 36, 1, 0},
	}
	if len(got) != 4 {
		t.Fatalf("want 4 outlets, got %+v", got)
	}
	for _, g := range got {
		w, ok := want[g.Outlet]
		if !ok || g.Articles != 3 || len(g.Trend) != 3 {
			t.Errorf("%s: %d articles, trend %v", g.Outlet, g.Articles, g.Trend)
			continue
		}
		for i, v := range []float64{g.AnonShare, g.DenialsPerArticle, g.UncertainPerArticle} {
			if math.Abs(v-w[i]) > 1e-9 {
				t.Errorf("%s: figure %d is %v, want %v", g.Outlet, i, v, w[i])
			}
		}
	}
	// The table reads without colour: the sparkline is bars, one per article.
	_, table, _ := runCaveat(t, "", "outlets", "--data-dir", data)
	if !strings.Contains(table, "north.example") || !strings.ContainsAny(table, "▁▂▃▄▅▆▇█") {
		t.Fatalf("table:\n%s", table)
	}
	_, csv, _ := runCaveat(t, "", "outlets", "--data-dir", data, "--format", "csv")
	if strings.Count(csv, "\n") != 5 || !strings.HasPrefix(csv, "outlet,articles,") {
		t.Fatalf("csv:\n%s", csv)
	}
}

// Opening an article in the reader records its sourcing under its
// outlet, as analyze --save does.
func TestReaderRecordsTheOutlet(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, outletPage("reader.example", 1, 4, 2, 1, 1))
	}))
	defer srv.Close()
	data := t.TempDir()
	d := loadTestDoc(t, srv.URL+"/story")
	persist, done := SaveFlags{DataFlags: DataFlags{DataDir: data}}.openReaderStore()
	if _, err := persist.Load(d); err != nil {
		t.Fatal(err)
	}
	done()
	_, out, errOut := runCaveat(t, "", "outlets", "--data-dir", data, "--format", "csv")
	if !strings.Contains(out, "\nreader.example,1,0.5000,1.0000,1.0000,") {
		t.Fatalf("outlets after reading:\n%s%s", out, errOut)
	}
}
