package feedview

import (
	"context"
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestNothingReadableEndsTheView: when every feed fails its first load
// the view ends and names each; when one of two fails it stays, showing
// the other's items.
func TestNothingReadableEndsTheView(t *testing.T) {
	fail := Source{Name: "gone.xml", Load: func(context.Context, bool) (Batch, error) { return Batch{}, errors.New("no such file") }}
	ok := Source{Name: "ok.xml", Load: func(context.Context, bool) (Batch, error) {
		return Batch{Items: []Item{{Key: "k", Title: "T"}}}, nil
	}}

	m := New(context.Background(), Config{Sources: []Source{fail}}, Styles{})
	cmd := m.Update(sourceMsg{index: 0, err: errors.New("no such file")})
	if cmd == nil {
		t.Fatal("no command after the only feed failed")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Error("the view did not end when no feed could be read")
	}
	if errs := m.Errors(); len(errs) != 1 || errs[0] != "gone.xml: no such file" {
		t.Errorf("errors = %q", errs)
	}

	m = New(context.Background(), Config{Sources: []Source{fail, ok}}, Styles{})
	m.loading = 2
	m.Update(sourceMsg{index: 0, err: errors.New("no such file")})
	cmd = m.Update(sourceMsg{index: 1, batch: Batch{Items: []Item{{Key: "k", Title: "T"}}}})
	if cmd != nil {
		if msg := cmd(); msg != nil {
			if _, quit := msg.(tea.QuitMsg); quit {
				t.Error("the view ended though one feed was read")
			}
		}
	}
	if _, total := m.Progress(); total != 1 {
		t.Errorf("%d items shown, want 1", total)
	}
}
