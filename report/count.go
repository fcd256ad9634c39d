package report

import "strconv"

// Count is n with the form of the noun that agrees with it: "1 source",
// "2 sources", "0 sources". Every count caveat prints goes through it, so
// none reads "1 matches".
func Count(n int, one, many string) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}
