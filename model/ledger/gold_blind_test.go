package ledger_test

import "testing"

// ledgerBlindFloorP and ledgerBlindFloorR are far under any figure worth
// having: the blind set is a measure, not a tuning target, so the test
// fails only on a collapse.
const ledgerBlindFloorP, ledgerBlindFloorR = 0.5, 0.4

// TestLedgerGoldBlind scores the ledger, with TestLedgerGold's metric, on
// articles nobody tuned on (testdata/gold-blind, labelled without seeing
// caveat's output). It is scored once per round by the lead; -v prints
// the totals only, so that it does not turn into a tuning loop.
func TestLedgerGoldBlind(t *testing.T) {
	var all ledgerScore
	for _, art := range loadLedgerBenchGold(t, "gold-blind", 10) {
		all.add(scoreLedgerArticle(art.analysis, art.gold.Sources))
	}
	t.Logf("blind: %s", &all)
	if p, r := all.precision(), all.recall(); p < ledgerBlindFloorP || r < ledgerBlindFloorR {
		t.Errorf("ledger on the blind set below floor: precision %.2f (floor %.2f), recall %.2f (floor %.2f)",
			p, ledgerBlindFloorP, r, ledgerBlindFloorR)
	}
}
