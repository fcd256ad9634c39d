package ledger

import (
	"fmt"
	"slices"
	"testing"
)

// A name points back however far its first mention lies; a definite
// description ("the official") only within the last window sources,
// so in a long text run together from many stories it cannot reach a
// source of an earlier story.
func TestRecencyWindow(t *testing.T) {
	paras := [][]string{{"Ana Ruiz said the port would close."}, {"A Spanish official said talks had stalled."}}
	flags := []fx{{0, NamedSource, "Ana Ruiz said", "said"}, {1, AnonymousSource, "A Spanish official said", "said"}}
	for i := 0; i <= window; i++ {
		name := fmt.Sprintf("Mira Q%c%c", 'a'+i/26, 'a'+i%26)
		paras = append(paras, []string{name + " said the talks went on."})
		flags = append(flags, fx{len(paras) - 1, NamedSource, name + " said", "said"})
	}
	paras = append(paras, []string{"Ruiz said a deal was far off."}, []string{"The official said the port would reopen."})
	n := len(paras)
	flags = append(flags, fx{n - 2, NamedSource, "Ruiz said", "said"}, fx{n - 1, AnonymousSource, "The official said", "said"})
	f := newFixture(t, paras, flags...)
	f.build()
	if got := f.source("Ana Ruiz").Sentences; !slices.Equal(got, []int{0, n - 2}) {
		t.Errorf("Ana Ruiz rests sentences %v, want [0 %d]", got, n-2)
	}
	if got := f.source("A Spanish official").Sentences; !slices.Equal(got, []int{1}) {
		t.Errorf("A Spanish official rests sentences %v, want [1]: the back-reference lies past the window", got)
	}
	if got := f.source("The official").Sentences; !slices.Equal(got, []int{n - 1}) {
		t.Errorf("The official rests sentences %v, want [%d]", got, n-1)
	}
}

// Within the window the most recent fitting source wins, as before.
func TestRecencyMostRecent(t *testing.T) {
	f := newFixture(t, [][]string{
		{"A Spanish official said talks had stalled."},
		{"A French official said talks went on."},
		{"The official said a deal was near."},
	},
		fx{0, AnonymousSource, "A Spanish official said", "said"},
		fx{1, AnonymousSource, "A French official said", "said"},
		fx{2, AnonymousSource, "The official said", "said"},
	)
	f.build()
	if got := f.source("A French official").Sentences; !slices.Equal(got, []int{1, 2}) {
		t.Errorf("A French official rests sentences %v, want [1 2]: %v", got, f.descriptions())
	}
}
