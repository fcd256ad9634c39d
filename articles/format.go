package articles

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
)

// detectFormat decides how to read data: a declared content type first,
// then the extension, then the bytes. Binary content is refused by name.
func detectFormat(name string, data []byte, contentType string) (Format, error) {
	if contentType != "" {
		mt, _, _ := mime.ParseMediaType(contentType)
		switch {
		case mt == "text/html" || mt == "application/xhtml+xml":
			return HTML, nil
		case mt == "text/markdown" || mt == "text/x-markdown":
			return Markdown, nil
		case mt == "text/plain", mt == "application/octet-stream":
			// text/plain is what servers say of anything; octet-stream
			// says nothing: the extension and the bytes decide.
			return byExtOrSniff(name, data)
		case mt != "" && !strings.HasPrefix(mt, "text/"):
			return "", fmt.Errorf("unsupported content type %s", mt)
		}
	}
	return byExtOrSniff(name, data)
}

func byExtOrSniff(name string, data []byte) (Format, error) {
	if bad := binaryType(data); bad != "" {
		return "", fmt.Errorf("unsupported content type %s", bad)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	}
	if looksHTML(data) {
		return HTML, nil
	}
	return Text, nil
}

// binaryType names the content type of data that is not text, or "".
func binaryType(data []byte) string {
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	ct := http.DetectContentType(head)
	mt, _, _ := mime.ParseMediaType(ct)
	if strings.HasPrefix(mt, "text/") {
		return ""
	}
	if mt == "application/octet-stream" && !bytes.Contains(head, []byte{0}) {
		// Unrecognised but NUL-free: treat as (possibly mis-encoded) text.
		return ""
	}
	return mt
}

// refuseNUL refuses data holding a NUL byte anywhere, whatever its
// declared type or extension: text never holds one, and deciding by the
// first 512 bytes only (as content sniffing does) accepted a file with a
// NUL further on that was refused with one earlier. UTF-16 with a byte
// order mark is the exception: NUL is half of every ASCII character
// there, and the HTML path decodes it.
func refuseNUL(data []byte) error {
	at := bytes.IndexByte(data, 0)
	if at < 0 || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil
	}
	return fmt.Errorf("unsupported content type application/octet-stream (a NUL byte at byte %d: binary, not text)", at)
}

func looksHTML(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\ufeff"))
	return bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) ||
		bytes.HasPrefix(h, []byte("<?xml")) && bytes.Contains(h, []byte("<html"))
}
