package tokview

import "testing"

// TestClassSet: a WordSet holds every form of its class's entries (a
// noun class's plurals too) and nothing else, and refuses a class with
// phrases, which a test of one word would never match.
func TestClassSet(t *testing.T) {
	contacts := ClassSet("contact_noun")
	for _, w := range []string{"call", "calls", "emails"} {
		if !contacts.Has(w) {
			t.Errorf("contact_noun lacks %q", w)
		}
	}
	for _, w := range []string{"", "cal", "caller", "Call"} {
		if contacts.Has(w) {
			t.Errorf("contact_noun holds %q", w)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("ClassSet accepted place_name, a class with phrases")
		}
	}()
	ClassSet("place_name")
}
