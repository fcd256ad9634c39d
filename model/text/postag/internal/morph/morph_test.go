package morph

import "testing"

func TestLemmaRules(t *testing.T) {
	known := func(b string, f Form) bool { return b == "charge" || b == "hope" }
	for _, c := range []struct {
		w    string
		f    Form
		want string
	}{
		{"allegations", Plural, "allegation"},
		{"parties", Plural, "party"},
		{"churches", Plural, "church"},
		{"glass", Plural, "glass"},
		{"denies", Third, "deny"},
		{"goes", Third, "go"},
		{"denied", Past, "deny"},
		{"stopped", Past, "stop"},
		{"charged", Past, "charge"},
		{"hoped", Past, "hope"},
		{"announced", Past, "announce"},
		{"killed", Past, "kill"},
		{"denying", Gerund, "deny"},
		{"charging", Gerund, "charge"},
		{"running", Gerund, "run"},
		{"bigger", Comparative, "big"},
		{"happiest", Superlative, "happy"},
		{"said", Plain, "said"},
	} {
		if got := Lemma(c.w, c.f, known); got != c.want {
			t.Errorf("Lemma(%q, %d) = %q, want %q", c.w, c.f, got, c.want)
		}
	}
}

func TestFormOf(t *testing.T) {
	if FormOf("VBN") != Past || FormOf("NNPS") != Plural || FormOf("NN") != Plain {
		t.Error("FormOf")
	}
}
