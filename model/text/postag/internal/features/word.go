package features

const (
	fnvOffset = 0xcbf29ce484222325
	fnvPrime  = 0x100000001b3
	maxBytes  = 64 // longer words are read as their first and last 32 bytes
)

var (
	yearHash   = fmix(0x2159454152) // "!YEAR"
	digitsHash = fmix(0x2144494749) // "!DIGITS"
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashWord normalises w (ASCII lower case; curly quotes and apostrophes
// read as ASCII) into a stack buffer and hashes the parts the templates use.
func hashWord(w string) Word {
	var low, exact, shape [maxBytes]byte
	n, ns := 0, 0
	var flags uint64
	letters, uppers, digits := 0, 0, 0
	for i := 0; i < len(w) && n < maxBytes; i++ {
		if len(w) > maxBytes && i == maxBytes/2 {
			i = len(w) - maxBytes/2 // skip the middle of a long word
		}
		c := w[i]
		if c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 {
			switch w[i+2] {
			case 0x98, 0x99:
				c, i = '\'', i+2
			case 0x9c:
				c, i = '"', i+2
				flags |= flagOpenQuote
			case 0x9d:
				c, i = '"', i+2
				flags |= flagCloseQuote
			}
		}
		exact[n] = c
		var class byte
		switch {
		case c >= 'A' && c <= 'Z':
			class = 'X'
			letters++
			uppers++
			if n == 0 {
				flags |= flagCap
			}
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
			class = 'x'
			letters++
		case c >= '0' && c <= '9':
			class = 'd'
			digits++
		case c >= 0x80:
			class = 'u'
		default:
			class = c
			if c == '-' {
				flags |= flagHyphen
			}
		}
		low[n] = c
		n++
		if ns == 0 || shape[ns-1] != class {
			shape[ns] = class
			ns++
		}
	}
	if uppers > 0 {
		flags |= flagUpper
	}
	if letters >= 2 && uppers == letters {
		flags |= flagAllCap
	}
	if digits > 0 {
		flags |= flagDigit
	}
	b := low[:n]
	if string(b) == "\"" || string(b) == "``" || string(b) == "''" {
		flags |= flagQuote
	}
	var word Word
	switch {
	case n == 4 && digits == 4:
		word.Norm = yearHash
	case n > 0 && b[0] >= '0' && b[0] <= '9':
		word.Norm = digitsHash
	default:
		word.Norm = fnv(b)
	}
	for k := 1; k <= 4; k++ {
		word.Suf[k-1] = fnv(b[max(0, n-k):])
	}
	for k := 1; k <= 3; k++ {
		word.Pre[k-1] = fnv(b[:min(n, k)])
	}
	word.Shape = fnv(shape[:ns])
	word.Exact = fnv(exact[:n])
	word.Flags = flags
	word.Length = uint64(min(n, 12))
	return word
}

// ExactKey hashes w as written (case kept, curly quotes read as ASCII):
// the key of the tag dictionary of words that always take one tag.
func ExactKey(w string) uint32 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 {
			switch w[i+2] {
			case 0x98, 0x99:
				c, i = '\'', i+2
			case 0x9c, 0x9d:
				c, i = '"', i+2
			}
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return finish(fmix(h))
}
