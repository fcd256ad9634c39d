// Package conllu reads the words of CoNLL-U treebank files (Universal
// Dependencies) for training and evaluating the tagger.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Word is one syntactic word of a sentence.
type Word struct {
	Form, Lemma, UPOS, XPOS string
}

// Read returns the sentences of r: syntactic words only (multiword token
// lines like "3-4" and empty nodes like "5.1" are skipped).
func Read(r io.Reader) ([][]Word, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var sents [][]Word
	var cur []Word
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		if l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(c))
		}
		if strings.ContainsAny(c[0], "-.") {
			continue
		}
		cur = append(cur, Word{Form: c[1], Lemma: c[2], UPOS: c[3], XPOS: c[4]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents, nil
}
