package store

import (
	"context"
	"database/sql"
	"time"
)

// SourcingRecord is an article's sourcing at a glance, kept per outlet.
type SourcingRecord struct {
	Hash, Outlet, Source, Title string
	// Sentences leaves boilerplate out; AnonymousSentences is how many of
	// them rest on unnamed sources.
	Sentences, AnonymousSentences int
	// Claims per kind.
	Anonymous, Denials, Uncertain int
}

// RecordSourcing keeps r, replacing what an earlier analysis of the same
// text recorded (the detector may have changed since).
func (s *Store) RecordSourcing(r SourcingRecord) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO sourcing
			(hash, outlet, source, title, sentences, anonymous_sentences, anonymous, denials, uncertain, analysed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (hash) DO UPDATE SET outlet = excluded.outlet, source = excluded.source,
				title = excluded.title, sentences = excluded.sentences,
				anonymous_sentences = excluded.anonymous_sentences, anonymous = excluded.anonymous,
				denials = excluded.denials, uncertain = excluded.uncertain, analysed = excluded.analysed`,
			r.Hash, r.Outlet, r.Source, r.Title, r.Sentences, r.AnonymousSentences,
			r.Anonymous, r.Denials, r.Uncertain, s.now().UnixMilli())
		return err
	})
}

// TrendLength is how many of an outlet's latest articles its trend holds.
const TrendLength = 16

// OutletProfile is how one outlet sources its stories, over every article
// of it that caveat has recorded.
type OutletProfile struct {
	Outlet   string
	Articles int
	// AnonShare is the share of all its sentences resting on unnamed
	// sources (sentences of every article pooled, so a long article
	// weighs more than a brief).
	AnonShare float64
	// Per article, on average.
	DenialsPerArticle, UncertainPerArticle float64
	// Trend is the anonymous share of each of its latest articles
	// (TrendLength at most), oldest first, for a sparkline.
	Trend []float64
	Last  time.Time
}

// Outlets profiles every outlet recorded, most articles first.
func (s *Store) Outlets() ([]OutletProfile, error) {
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, `SELECT outlet, count(*), sum(sentences), sum(anonymous_sentences),
		sum(denials), sum(uncertain), max(analysed)
		FROM sourcing WHERE outlet <> '' GROUP BY outlet ORDER BY count(*) DESC, outlet`)
	if err != nil {
		return nil, s.wrap(err)
	}
	var out []OutletProfile
	index := map[string]int{}
	for rows.Next() {
		var p OutletProfile
		var sentences, anon, denials, uncertain, last int64
		if err := rows.Scan(&p.Outlet, &p.Articles, &sentences, &anon, &denials, &uncertain, &last); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		if sentences > 0 {
			p.AnonShare = float64(anon) / float64(sentences)
		}
		p.DenialsPerArticle = float64(denials) / float64(p.Articles)
		p.UncertainPerArticle = float64(uncertain) / float64(p.Articles)
		p.Last = time.UnixMilli(last)
		index[p.Outlet] = len(out)
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	// The trend: each outlet's latest articles, newest first from the
	// index, reversed into time order below.
	rows, err = s.db.QueryContext(ctx, `SELECT outlet, sentences, anonymous_sentences FROM (
		SELECT outlet, sentences, anonymous_sentences, analysed,
			row_number() OVER (PARTITION BY outlet ORDER BY analysed DESC, hash) AS n
		FROM sourcing WHERE outlet <> '') WHERE n <= ? ORDER BY outlet, analysed DESC`, TrendLength)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var outlet string
		var sentences, anon int64
		if err := rows.Scan(&outlet, &sentences, &anon); err != nil {
			return nil, s.wrap(err)
		}
		share := 0.0
		if sentences > 0 {
			share = float64(anon) / float64(sentences)
		}
		p := &out[index[outlet]]
		p.Trend = append(p.Trend, share)
	}
	for i := range out {
		t := out[i].Trend
		for a, b := 0, len(t)-1; a < b; a, b = a+1, b-1 {
			t[a], t[b] = t[b], t[a]
		}
	}
	return out, s.wrap(rows.Err())
}
