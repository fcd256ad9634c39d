package model

import "testing"

// Role and profession nouns that no lexicon class lists are unnamed
// groups when counted or described by what they know and tied to a
// speech verb; tags keep out non-people and participles.
func TestDetectUnlistedRoleNouns(t *testing.T) {
	A := AnonymousSource
	runCases(t, []detectCase{
		{"Two welders familiar with the repairs said the hull had cracked.", A, true, "anon.vague_group"},
		{"Plumbers briefed on the contract said the pipes were never tested.", A, true, "anon.vague_group"},
		{"The pipes leaked, said three surveyors close to the project.", A, true, ""},
		{"Several midwives said the clinic had run out of gloves.", A, true, "anon.vague_group"},
		{"Some geologists argue the quake was triggered by drilling.", A, true, ""},
		{"The hull had cracked, welders said.", A, true, "anon.vague_group"},
		// not people, not subjects, or companies rather than people
		{"Several surveys suggest turnout will fall.", A, false, ""},
		{"Two cases reported in May were fatal.", A, false, ""},
		{"Several retailers said sales had slowed.", A, false, ""},
		{"The mayor told two welders the yard would close.", A, false, ""},
		{"Hutchings replied that the yard was safe.", A, false, ""},
		{"Welders at Harland Shipyards said the hull had cracked.", A, false, ""},
	})
}
