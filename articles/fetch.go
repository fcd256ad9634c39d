package articles

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Fetch limits (issue 4): how long to wait for a connection, for the whole
// fetch unless Options.Timeout says otherwise, and how many redirects to
// follow.
const (
	connectTimeout = 10 * time.Second
	DefaultTimeout = 30 * time.Second
	maxRedirects   = 10
)

// UserAgent names caveat to the sites it reads, so their operators can see
// what it is.
const UserAgent = "caveat/0.1 (+terminal news reader)"

var (
	errTooManyRedirects = fmt.Errorf("more than %d redirects (the site may be misconfigured; try the final address in a browser)", maxRedirects)
	errRedirectLoop     = errors.New("redirect loop (the site sends the request back where it came from; try it in a browser)")
)

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

// newClient makes the HTTP client of one fetch: proxy settings from the
// environment, gzip answered and undone by the transport (so the size cap
// counts decompressed bytes), a connect timeout and a whole-fetch timeout.
func newClient(opts Options) *http.Client {
	total := opts.timeout()
	dialer := &net.Dialer{Timeout: min(connectTimeout, total)}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   min(connectTimeout, total),
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
		ResponseHeaderTimeout: total,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          1,
	}
	return &http.Client{
		Transport:     transport,
		Timeout:       total,
		CheckRedirect: checkRedirect,
	}
}

// checkRedirect follows at most maxRedirects redirects, over http and
// https only, and names a loop as such.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirected to a %s: address; only http and https are read", req.URL.Scheme)
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return errRedirectLoop
		}
	}
	if len(via) > maxRedirects {
		return errTooManyRedirects
	}
	return nil
}

// fetchArticle downloads a page and reads the article in it. Errors are
// one line saying what went wrong and what to do; Load prefixes the input.
func fetchArticle(ctx context.Context, rawURL string, opts Options) (*Article, error) {
	raw, err := fetchRaw(ctx, rawURL, opts, acceptArticle, Validators{}, refuseContentType)
	if err != nil {
		return nil, err
	}
	return articleOfRaw(rawURL, raw)
}

// articleOfRaw reads the article of a page fetched for rawURL.
func articleOfRaw(rawURL string, raw *Raw) (*Article, error) {
	a, err := FromBytes(raw.URL, raw.Body, raw.ContentType)
	if err != nil {
		return nil, err
	}
	a.Source = rawURL
	if a.URL == "" {
		a.URL = raw.URL
	}
	return a, nil
}

// acceptArticle is the Accept header of an article fetch.
const acceptArticle = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1"

// refuseContentType rejects, before the body is read, a declared type
// that is not a page or text (PDF, images, archives).
func refuseContentType(contentType string) error {
	if contentType == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil // unreadable header: let the bytes decide
	}
	switch {
	case strings.HasPrefix(mt, "text/"), mt == "application/xhtml+xml",
		mt == "application/xml", mt == "application/octet-stream":
		return nil
	}
	return fmt.Errorf("unsupported content type %s (not an article caveat can read)", mt)
}

// fetchError turns a client error into one line with a remedy.
func fetchError(err error, opts Options) error {
	err = unwrapURLError(err)
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var netErr net.Error
	switch {
	case errors.Is(err, errTooManyRedirects), errors.Is(err, errRedirectLoop):
		return err
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("timed out after %s (the site is slow or unreachable; raise the limit with --timeout)", opts.timeout())
	case errors.As(err, &dnsErr):
		return fmt.Errorf("host %s not found (check the address and your connection)", dnsErr.Name)
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Errorf("cannot connect to the host: %v (check the address and your connection)", opErr.Err)
	}
	var tlsErr *tls.CertificateVerificationError
	if errors.As(err, &tlsErr) {
		return errors.New("the site's certificate is not valid (check the address)")
	}
	return fmt.Errorf("fetch failed: %v", oneLine(err.Error()))
}

// unwrapURLError drops net/url's `Get "…":` prefix: Load already names
// the input.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}
