package conllu

import (
	"strings"
	"testing"
)

// A sentence of our own in CoNLL-U: the multiword token line "2-3" and the
// empty node "4.1" are not words.
const sample = `# text = I can't go.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	_
4.1	went	go	VERB	VBD	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

1	Yes	yes	INTJ	UH	_	0	root	_	_
`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0]) != 5 || len(sents[1]) != 1 {
		t.Fatalf("got %d sentences: %v", len(sents), sents)
	}
	if w := sents[0][2]; w.Form != "n't" || w.Lemma != "not" || w.XPOS != "RB" || w.UPOS != "PART" {
		t.Errorf("word 3: %+v", w)
	}
}

func TestReadRejectsShortLines(t *testing.T) {
	if _, err := Read(strings.NewReader("1\tI\tI\n")); err == nil {
		t.Error("accepted a line of 3 columns")
	}
}
