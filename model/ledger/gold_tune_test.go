package ledger_test

import (
	"path/filepath"
	"testing"
)

// ledgerTuneFloorP and ledgerTuneFloorR catch a collapse only: the tuning
// set is there to be looked at article by article, and a floor near the
// day's figure would make every honest trade-off fail the build.
const ledgerTuneFloorP, ledgerTuneFloorR = 0.5, 0.4

// TestLedgerGoldTune scores the ledger, with TestLedgerGold's metric, on
// benchmark pages the detector was already tuned on (testdata/gold-tune,
// pages of ../testdata/bench-gold and bench-gold-2). Unlike the blind set
// it is meant for tuning, so -v prints a line per article as well as the
// totals.
func TestLedgerGoldTune(t *testing.T) {
	var all ledgerScore
	for _, art := range loadLedgerBenchGold(t, "gold-tune", 10) {
		s := scoreLedgerArticle(art.analysis, art.gold.Sources)
		all.add(s)
		logLedgerMisses(t, art.analysis, art.gold.Sources)
		t.Logf("%s: %d sources predicted, %d gold, %d of %d matched with the right type; pairs %d right of %d predicted, %d gold (P %.2f R %.2f) %s",
			filepath.Base(art.file), len(art.analysis.Sources), len(art.gold.Sources), s.typeOK, s.matched,
			s.tp, s.pred, s.gold, s.precision(), s.recall(), art.gold.URL)
	}
	t.Logf("tune: %s", &all)
	if p, r := all.precision(), all.recall(); p < ledgerTuneFloorP || r < ledgerTuneFloorR {
		t.Errorf("ledger on the tuning set below floor: precision %.2f (floor %.2f), recall %.2f (floor %.2f)",
			p, ledgerTuneFloorP, r, ledgerTuneFloorR)
	}
}
