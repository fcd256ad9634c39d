package model

import "github.com/caveat-reader/caveat/model/internal/wordtable"

// strTable is the word-keyed table of model/internal/wordtable, under
// the name the tokenizer, the segmenter and the word sets use.
type strTable[V any] = wordtable.Table[V]

func newStrTable[V any](m map[string]V) *strTable[V] { return wordtable.New(m) }
