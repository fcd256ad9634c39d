package store

import (
	"math"
	"slices"
	"testing"
)

func TestOutletsPoolSentencesAndKeepTheTrendInTimeOrder(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	recs := []SourcingRecord{
		{Hash: "a1", Outlet: "a.example", Sentences: 10, AnonymousSentences: 5, Denials: 2, Uncertain: 1},
		{Hash: "b1", Outlet: "b.example", Sentences: 20, AnonymousSentences: 0, Denials: 0, Uncertain: 4},
		{Hash: "a2", Outlet: "a.example", Sentences: 30, AnonymousSentences: 3, Denials: 0, Uncertain: 2},
		{Hash: "x", Outlet: "", Sentences: 9, AnonymousSentences: 9}, // no outlet: not profiled
	}
	for _, r := range recs {
		if err := s.RecordSourcing(r); err != nil {
			t.Fatal(err)
		}
	}
	// Analysed again (a newer detector): replaces, never double counts.
	if err := s.RecordSourcing(SourcingRecord{Hash: "b1", Outlet: "b.example", Sentences: 20, AnonymousSentences: 2, Uncertain: 4}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Outlets()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Outlet != "a.example" || got[1].Outlet != "b.example" {
		t.Fatalf("outlets %+v", got)
	}
	a, b := got[0], got[1]
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	if a.Articles != 2 || !near(a.AnonShare, 8.0/40) || !near(a.DenialsPerArticle, 1) || !near(a.UncertainPerArticle, 1.5) {
		t.Errorf("a.example: %+v", a)
	}
	if !slices.Equal(a.Trend, []float64{0.5, 0.1}) {
		t.Errorf("a.example trend %v, want oldest first [0.5 0.1]", a.Trend)
	}
	if b.Articles != 1 || !near(b.AnonShare, 0.1) || !slices.Equal(b.Trend, []float64{0.1}) {
		t.Errorf("b.example: %+v", b)
	}
}

func TestOutletTrendKeepsTheLatest(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	for i := range TrendLength + 4 {
		r := SourcingRecord{Hash: string(rune('a' + i)), Outlet: "c.example", Sentences: 100, AnonymousSentences: i}
		if err := s.RecordSourcing(r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Outlets()
	if err != nil {
		t.Fatal(err)
	}
	tr := got[0].Trend
	if len(tr) != TrendLength || tr[0] != 0.04 || tr[len(tr)-1] != float64(TrendLength+3)/100 {
		t.Fatalf("trend %v", tr)
	}
}

func TestKeepTextOfVersionedSourcesOnly(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	text := "The bridge will close in spring, a senior official said.\n"
	must(t, s.KeepText("/news/bridge.txt", Hash(text), text))
	must(t, s.KeepText("-", Hash("piped"), "piped"))
	if got, ok, err := s.Text(Hash(text)); err != nil || !ok || got != text {
		t.Fatalf("kept text: %q, %v, %v", got, ok, err)
	}
	if _, ok, err := s.Text(Hash("piped")); err != nil || ok {
		t.Fatalf("standard input's text was kept (%v, %v)", ok, err)
	}
}
