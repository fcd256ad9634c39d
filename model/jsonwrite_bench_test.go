package model

import (
	"bufio"
	"encoding/json"
	"io"
	"testing"
)

// BenchmarkWriteJSON measures the contract's encoder over the analysis of
// 10 MB of news (MB/s of input text), beside encoding/json's Marshal of
// the same Document, so the ratio comes from one run. Issue 11: output at
// memory speed, no whole-document Marshal and no second escaping pass.
func BenchmarkWriteJSON(b *testing.B) {
	text := newsText(b, 10<<20)
	a := Analyze(text)
	meta := Meta{Source: "news.txt", Title: "News", Format: "text"}
	b.Run("WriteJSON", func(b *testing.B) {
		w := bufio.NewWriterSize(io.Discard, 64<<10)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if err := a.WriteJSON(w, meta, false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Marshal", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(a.Document(meta, false)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
