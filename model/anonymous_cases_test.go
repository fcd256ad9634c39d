package model

import "testing"

// TestAnonymousBackReferences covers back-references to unnamed sources
// the phrase rules gained in round 4: a pronoun holding the view of an
// unnamed group, a spokesperson granted anonymity named again by role,
// and unnamed unions; each with a near miss.
func TestAnonymousBackReferences(t *testing.T) {
	// kindsIn reads the last sentence; a source named later needs the
	// whole text.
	text := "A transit chief said the line would reopen. Police Chief Jo Okafor told reporters the trains were running."
	for _, f := range Analyze(text).Flags {
		if f.Kind == AnonymousSource {
			t.Errorf("%q: %s flagged anonymous, but the chief is named later", text, f.Rule)
		}
	}
	A := AnonymousSource
	runCases(t, []detectCase{
		// A pronoun with a verb of fearing takes the group's status.
		{"Critics say the new road will bring more traffic. They fear the village will be cut in two.", A, true, "anon.back_reference"},
		{"Mayor Jo Okafor said the new road will bring more traffic. They fear the village will be cut in two.", A, false, ""},
		// Anonymity granted to a spokesperson carries to "the spokesperson".
		{"A spokeswoman who did not wish to be named said the plant was safe. \"There is no leak,\" the spokeswoman said.", A, true, "anon.back_reference"},
		{"A spokeswoman for the council said the plant was safe. \"There is no leak,\" the spokeswoman said.", A, false, ""},
		{"A spokesman who asked not to be identified said the deal was off.", A, true, "anon.anonymity_granted"},
		// A group the structural rules found is referred back to as well.
		{"Parent campaigners are urging the council to act. They said the library was vital.", A, true, "anon.back_reference"},
		{"Parent campaigners are urging the council to act. The campaigners added that the library was vital.", A, true, ""},
		{"Councillor Jo Okafor is urging the council to act. She said the library was vital.", A, false, ""},
		// One person unnamed at first and named later by the same title.
		{"Police Chief Jo Okafor said the line would reopen. A transit chief said the line would reopen.", A, true, "anon.unnamed_person"},
		// Unions with no name are an unnamed group; a named union is not.
		{"Most schools will close on Friday, according to nurses' unions.", A, true, "anon.vague_group"},
		{"Most schools will close on Friday, according to the Unite union.", A, false, ""},
		// A vague pronoun keeps its verb past a short aside.
		{"Others, however, said the plan would fail.", A, true, "anon.vague_group"},
		{"Others, in turn, argued that the law was unfair.", A, true, "anon.vague_group"},
	})
}
