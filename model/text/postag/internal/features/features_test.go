package features

import "testing"

type noLex struct{}

func (noLex) Lex(uint32) uint32 { return 0 }

func keys(words []string, i int) [Max]uint32 {
	ws := Prepare(words, nil, noLex{})
	var h History
	var out [Max]uint32
	Extract(ws, i, &h, &out)
	return out
}

// Curly apostrophes and quotes are read as the treebank's ASCII ones.
func TestCurlyReadAsASCII(t *testing.T) {
	if keys([]string{"n’t"}, 0) != keys([]string{"n't"}, 0) {
		t.Error("n’t and n't differ")
	}
	if ExactKey("’s") != ExactKey("'s") {
		t.Error("ExactKey: ’s and 's differ")
	}
	if ExactKey("May") == ExactKey("may") {
		t.Error("ExactKey ignores case")
	}
}

func TestContextChangesFeatures(t *testing.T) {
	a := keys([]string{"He", "said", "it"}, 1)
	b := keys([]string{"He", "said", "so"}, 1)
	if a == b {
		t.Error("the next word does not reach the features")
	}
	if a[1] != b[1] {
		t.Error("the word feature depends on the next word")
	}
}

func TestLongWordsHashedWithoutPanic(t *testing.T) {
	long := "https://example.org/" + string(make([]byte, 500)) + "/end"
	ws := Prepare([]string{long, "", "x"}, nil, noLex{})
	if len(ws) != 3 {
		t.Fatal(len(ws))
	}
}

func TestQuoteParity(t *testing.T) {
	ws := Prepare([]string{`"`, "yes", `"`}, nil, noLex{})
	if ws[0].Quote == ws[2].Quote {
		t.Error("opening and closing quote look the same")
	}
}

func TestPrepareExtractAllocateNothing(t *testing.T) {
	words := []string{"The", "minister", "denied", "it", "."}
	ws := Prepare(words, nil, noLex{})
	var out [Max]uint32
	allocs := testing.AllocsPerRun(100, func() {
		ws = Prepare(words, ws, noLex{})
		var h History
		for i := range ws {
			Extract(ws, i, &h, &out)
			h.Push(&ws[i], 1, 0)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per sentence", allocs)
	}
}

// Every word's first key is the bias, which taggers add up once.
func TestFirstKeyIsBias(t *testing.T) {
	words := []string{"“", "The", "minister", "did", "n't", "say", "so", "”", ",", "she", "said", "."}
	for i := range words {
		if k := keys(words, i); k[0] != BiasKey() {
			t.Errorf("word %d: first key %x, bias %x", i, k[0], BiasKey())
		}
	}
}
