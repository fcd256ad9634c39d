package scorecard

import (
	"slices"
	"strings"
	"sync"

	"github.com/caveat-reader/caveat/model/lexicon"
)

// Facts is what the scorecard needs to know of one sentence, read from
// its tokens in one pass (Read) while the analyzer holds them, rather
// than by each check in turn from the text.
type Facts struct {
	// classes holds the bit of each sentence class (sentenceClasses)
	// with an entry in the sentence.
	classes uint8
	// namesSomeone: a proper name stands past the sentence's first word.
	namesSomeone bool
	read         bool
	// attackAt is the first attack_word entry (the longest at the first
	// position that has one), quoted in anonymous_attack's answer: its
	// start and end as int32, as no text within any size limit is 2 GB,
	// so that a sentence's Facts take 12 bytes, not 24 (one for each
	// sentence of the text, held from its first paragraph to the end).
	attackAt [2]int32
}

// attack is the span of the first attack_word entry.
func (f *Facts) attack() Span { return Span{Start: int(f.attackAt[0]), End: int(f.attackAt[1])} }

// IsRead reports whether Read has filled f.
func (f *Facts) IsRead() bool { return f.read }

// Token is what Read asks of one of the analyzer's tokens, through a
// pointer so that no token is copied.
type Token interface {
	// Bounds are the token's byte offsets into the whole text.
	Bounds() (start, end int)
	// Lowered is the lower form (ASCII letters lower-cased, ’ as ').
	Lowered() string
	// IsWord: letters or digits, not a mark. IsCap: the first letter is
	// upper case.
	IsWord() bool
	IsCap() bool
	// StartsEntry: the word is one of StartWords. StopsName: it is one
	// of NameStopWords. The analyzer's tokens know both from the lookup
	// tokenization made, so Read hashes no word that begins nothing.
	StartsEntry() bool
	StopsName() bool
}

// TokenOf is a pointer to a token type T that is a Token.
type TokenOf[T any] interface {
	*T
	Token
}

// The sentence classes: word classes of model/lexicon looked for in every
// sentence, one bit each in Facts.classes.
const (
	reasonPhrase   uint8 = 1 << iota // anonymity_reason_phrase
	basisPhrase                      // knowledge_basis_phrase
	knowsPhrase                      // knowledge_claim_phrase
	allegationWord                   // allegation_word
	responsePhrase                   // response_phrase
	attackWord                       // attack_word
)

type sentenceClass struct {
	bit  uint8
	name string
}

var sentenceClasses = []sentenceClass{
	{reasonPhrase, "anonymity_reason_phrase"},
	{basisPhrase, "knowledge_basis_phrase"},
	{knowsPhrase, "knowledge_claim_phrase"},
	{allegationWord, "allegation_word"},
	{responsePhrase, "response_phrase"},
	{attackWord, "attack_word"},
}

// The classes read on a source's mention words (bareDescription), and
// the capitalised words that start no name (namesSomeone).
var (
	emptyModifiers = lexicon.Default().Class("empty_source_modifier")
	genericHeads   = lexicon.Default().Class("generic_source_head")
	nameStop       = lexicon.Default().Class("name_stop")
)

// entryStart is one entry of a sentence class: its class's bit and its
// words.
type entryStart struct {
	bit   uint8
	words []string
}

// entriesByFirst indexes the entries of every sentence class by their
// first word, so a token that may begin one costs a single lookup for
// all six classes rather than one per class.
var entriesByFirst = sync.OnceValue(func() map[string][]entryStart {
	m := map[string][]entryStart{}
	for _, sc := range sentenceClasses {
		for _, e := range lexicon.Default().Class(sc.name).Entries() {
			w := strings.Fields(e)
			m[w[0]] = append(m[w[0]], entryStart{sc.bit, w})
		}
	}
	return m
})

// StartWords are the first words of the entries of the sentence
// classes, sorted: the words whose tokens answer StartsEntry.
func StartWords() []string {
	var out []string
	for w := range entriesByFirst() {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// NameStopWords are the words whose tokens answer StopsName.
func NameStopWords() []string { return nameStop.Words() }

// Read fills f from toks, the tokens of its sentence: which sentence
// classes it holds, where its first attack word is, and whether it names
// someone. Linear in the sentence's tokens.
func Read[T any, P TokenOf[T]](f *Facts, toks []T) {
	starts := entriesByFirst()
	for i := range toks {
		if !P(&toks[i]).StartsEntry() {
			continue
		}
		attackTo := -1
		for _, e := range starts[P(&toks[i]).Lowered()] {
			if !wordsAt[T, P](toks, i, e.words) {
				continue
			}
			if e.bit == attackWord {
				// The first attack entry, the longest at its position.
				if f.classes&attackWord == 0 && i+len(e.words) > attackTo {
					attackTo = i + len(e.words)
				}
				continue
			}
			f.classes |= e.bit
		}
		if attackTo >= 0 {
			s, _ := P(&toks[i]).Bounds()
			_, e := P(&toks[attackTo-1]).Bounds()
			f.attackAt = [2]int32{int32(s), int32(e)}
			f.classes |= attackWord
		}
	}
	f.namesSomeone = namesSomeone[T, P](toks)
	f.read = true
}

// wordsAt reports whether words stand at toks[i:]; the first is known to.
func wordsAt[T any, P TokenOf[T]](toks []T, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		if P(&toks[i+k]).Lowered() != words[k] {
			return false
		}
	}
	return true
}

// namesSomeone: the sentence holds a proper name past its first word
// (and past the first word of a quotation).
func namesSomeone[T any, P TokenOf[T]](toks []T) bool {
	for i := 1; i < len(toks); i++ {
		t := P(&toks[i])
		if !t.IsWord() || !t.IsCap() || t.StopsName() {
			continue
		}
		if p := P(&toks[i-1]); !p.IsWord() && (p.Lowered() == "“" || p.Lowered() == "\"") {
			continue // first word of a quotation
		}
		return true
	}
	return false
}

// bareDescription: nothing in the source's first mention but empty
// modifiers and a generic head ("a senior official", "sources", "many").
func bareDescription(s *Source) bool {
	for _, w := range s.Words {
		k := possessiveStem(w)
		if !emptyModifiers.HasWord(k) && !genericHeads.HasWord(k) {
			return false
		}
	}
	return true
}

// possessiveStem strips a possessive ending ("kyiv's" -> "kyiv").
func possessiveStem(k string) string {
	if len(k) > 2 && (k[len(k)-2:] == "'s") {
		return k[:len(k)-2]
	}
	if len(k) > 1 && k[len(k)-1] == '\'' {
		return k[:len(k)-1]
	}
	return k
}
