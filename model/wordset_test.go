package model

import "testing"

// TestClassSet: a wordSet holds every form of its class's entries (a
// noun class's plurals too) and nothing else, and refuses a class with
// phrases, which a test of one word would never match.
func TestClassSet(t *testing.T) {
	contacts := classSet("contact_noun")
	for _, w := range []string{"call", "calls", "emails"} {
		if !contacts.has(w) {
			t.Errorf("contact_noun lacks %q", w)
		}
	}
	for _, w := range []string{"", "cal", "caller", "Call"} {
		if contacts.has(w) {
			t.Errorf("contact_noun holds %q", w)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("classSet accepted place_name, a class with phrases")
		}
	}()
	classSet("place_name")
}
