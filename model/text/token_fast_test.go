package text

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// tokenizeSamples are texts at the edges of the fast path: joiners before
// and after non-ASCII, clitics, digit commas, marks, controls.
var tokenizeSamples = []string{
	"", " ", "a", "A.", "U.S. officials didn't say, the mayor's aide said.",
	"22,000 people; 3,5 and a,b - co-op & AT&T 's ' - .",
	"Don’t café naïve—it’s “quoted” «x» „y” 12,3é a-é é-a a'é",
	"\x00\x01a\x7fb\tc\u200bd\ufeffe\xffz I'M THEY'RE can't CANNOT o'clock",
	"Mr. Smith-Jones, Ph.D., of N.Y., said: \"no.\" (ok) [x] {y}",
}

func sameAsReference(t *testing.T, s string) {
	t.Helper()
	for _, sp := range []Span{{0, len(s)}, {min(1, len(s)), len(s)}, {0, len(s) / 2}} {
		want := tokenizeReference(s, sp, nil)
		if got := Tokenize(s, sp, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q %v:\n got  %+v\n want %+v", s, sp, got, want)
		}
		if got := TokenizeLowered(s, LowerASCII(s), sp, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("TokenizeLowered %q %v:\n got  %+v\n want %+v", s, sp, got, want)
		}
	}
}

// TestTokenizeFastPath: Tokenize's ASCII fast path yields exactly the
// tokens of the rune-by-rune reading it replaced, on the samples and on
// every article of the corpus beside the repository.
func TestTokenizeFastPath(t *testing.T) {
	for _, s := range tokenizeSamples {
		sameAsReference(t, s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameAsReference(t, string(b))
	}
}

func FuzzTokenizeFastPath(f *testing.F) {
	for _, s := range tokenizeSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAsReference(t, s) })
}

// ParseLowered reads a sentence exactly as Parse does, structure included.
func TestParseLoweredIsParse(t *testing.T) {
	for _, s := range tokenizeSamples {
		sp := Span{0, len(s)}
		want := NewParser().Parse(s, sp).Structure()
		got := NewParser().ParseLowered(s, LowerASCII(s), sp).Structure()
		if !reflect.DeepEqual(got.Tokens, want.Tokens) || got.Describe() != want.Describe() {
			t.Fatalf("%q:\n got  %s %+v\n want %s %+v", s, got.Describe(), got.Tokens, want.Describe(), want.Tokens)
		}
	}
}

// equalLowerASCII is lowerASCII(s) == lower, without its copy.
func TestEqualLowerASCII(t *testing.T) {
	for _, s := range []string{"", "cannot", "CANNOT", "CanNot", "cannoT", "cann0t", "cannots", "cannó", "S", "s", "Re", "LL", "ſ", "\xffs"} {
		for _, lower := range []string{"", "cannot", "s", "re", "ll", "m"} {
			if got, want := equalLowerASCII(s, lower), lowerASCII(s) == lower; got != want {
				t.Errorf("equalLowerASCII(%q, %q) = %v, want %v", s, lower, got, want)
			}
		}
	}
}
