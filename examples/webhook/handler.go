package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cartero/cartero/examples/internal/pipeline"
)

// SignatureHeader carries the HMAC-SHA256 of the request body, keyed with
// the shared secret, as "sha256=" and 64 hex digits.
const SignatureHeader = "X-Cartero-Signature"

// formFields are the form fields that hold the raw message, in the order
// they are looked for: "raw" and "email" (SendGrid's Inbound Parse with
// "POST the raw, full MIME message"), "body-mime" (Mailgun's MIME routes)
// and "message" (CloudMailin's multipart format).
var formFields = []string{"raw", "email", "body-mime", "message"}

// handler answers POSTs of inbound mail: it checks the request, runs the
// message through the pipeline and answers with its record as JSON.
//
// Statuses: 200 with the record when the message is filed in its
// conversation (also when it had been filed before: its match is then
// "duplicate"); 202 with the record when it was read but not admitted to
// the conversation it matched (a stranger's message, or an agent's that
// was not authenticated: see the record's verdict), so that the host can
// quarantine it (its SLA event is logged all the same, as the pipeline
// logs every message's); and {"error": "..."} with 400 (no message in the request),
// 401 (signature missing or wrong), 405 (not a POST), 413 (body larger
// than maxBytes), 415 (content type not accepted), 422 (the message cannot
// be parsed: the error is the record's), 500 (filing failed) or 503 (filing
// took longer than timeout). Every answer but 200 and 202 leaves the
// conversations as they were, or as a retry of the same message finds them.
type handler struct {
	pipeline *pipeline.Pipeline
	secret   []byte        // HMAC key; nil accepts unsigned requests
	maxBytes int64         // largest request body
	timeout  time.Duration // longest filing of one message
	now      func() time.Time
	log      *slog.Logger
}

// httpError is an answer other than a record.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) *httpError {
	return &httpError{status, fmt.Sprintf(format, args...)}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.Header.Get("X-Request-Id")
	if id == "" || len(id) > 64 {
		id = rand.Text()[:16]
	}
	w.Header().Set("X-Request-Id", id)
	start := time.Now()
	status, rec, err := h.serve(w, r, id)
	if err != nil {
		var he *httpError
		if !errors.As(err, &he) {
			he = &httpError{http.StatusInternalServerError, err.Error()}
		}
		status = he.status
		if status == http.StatusMethodNotAllowed {
			w.Header().Set("Allow", http.MethodPost)
		}
		if status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "5")
		}
		writeJSON(w, status, map[string]string{"error": he.msg})
	} else {
		writeJSON(w, status, rec)
	}
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	h.log.Log(r.Context(), level, "inbound", "id", id, "status", status,
		"message_id", rec.MessageID, "thread", rec.Thread, "match", rec.Match,
		"error", errString(err), "duration", time.Since(start))
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// serve does the work of ServeHTTP: it returns the status and record to
// answer with, or an error that says what went wrong.
func (h *handler) serve(w http.ResponseWriter, r *http.Request, id string) (int, pipeline.Record, error) {
	var rec pipeline.Record
	if r.Method != http.MethodPost {
		return 0, rec, errorf(http.StatusMethodNotAllowed, "method %s not allowed: POST the message", r.Method)
	}
	var sig []byte
	if h.secret != nil {
		hexSig, ok := strings.CutPrefix(r.Header.Get(SignatureHeader), "sha256=")
		var err error
		if sig, err = hex.DecodeString(hexSig); !ok || err != nil || len(sig) != sha256.Size {
			return 0, rec, errorf(http.StatusUnauthorized, "missing or malformed %s header: want sha256=<hex HMAC-SHA256 of the body>", SignatureHeader)
		}
	}
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return 0, rec, errorf(http.StatusUnsupportedMediaType, "missing or malformed Content-Type")
	}
	switch ct {
	case "message/rfc822", "text/plain", "application/octet-stream", "multipart/form-data", "application/x-www-form-urlencoded":
	default:
		return 0, rec, errorf(http.StatusUnsupportedMediaType, "content type %s not accepted: send message/rfc822, text/plain, application/octet-stream, multipart/form-data or application/x-www-form-urlencoded", ct)
	}
	if r.ContentLength > h.maxBytes {
		return 0, rec, errorf(http.StatusRequestEntityTooLarge, "body of %d bytes is larger than the limit of %d", r.ContentLength, h.maxBytes)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return 0, rec, errorf(http.StatusRequestEntityTooLarge, "body larger than the limit of %d bytes", h.maxBytes)
		}
		return 0, rec, errorf(http.StatusBadRequest, "reading the body: %v", err)
	}
	if h.secret != nil {
		mac := hmac.New(sha256.New, h.secret)
		mac.Write(body)
		if !hmac.Equal(mac.Sum(nil), sig) {
			return 0, rec, errorf(http.StatusUnauthorized, "signature does not match the body")
		}
	}
	raw, err := message(ct, params, body)
	if err != nil {
		return 0, rec, err
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return 0, rec, errorf(http.StatusBadRequest, "empty message")
	}

	rec, msg := h.pipeline.Parse("webhook:"+id, raw)
	if msg == nil {
		return http.StatusUnprocessableEntity, rec, nil
	}
	// The message is filed even when the client goes away: an answer lost
	// on the way is what retries are for, and they find it filed.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), h.timeout)
	defer cancel()
	res, err := h.pipeline.FileResult(ctx, &rec, msg, h.now())
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return 0, rec, errorf(http.StatusServiceUnavailable, "filing took longer than %v: %v", h.timeout, err)
		}
		return 0, rec, fmt.Errorf("filing the message: %w", err)
	}
	if !res.Admitted {
		return http.StatusAccepted, rec, nil
	}
	return http.StatusOK, rec, nil
}

// message returns the raw message a request body of media type ct holds.
func message(ct string, params map[string]string, body []byte) ([]byte, error) {
	switch ct {
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		found := map[string][]byte{}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, errorf(http.StatusBadRequest, "malformed multipart form: %v", err)
			}
			name := part.FormName()
			for _, f := range formFields {
				if name == f && found[f] == nil {
					b, err := io.ReadAll(part)
					if err != nil {
						return nil, errorf(http.StatusBadRequest, "malformed multipart form: %v", err)
					}
					found[f] = b
				}
			}
		}
		for _, f := range formFields {
			if found[f] != nil {
				return found[f], nil
			}
		}
	case "application/x-www-form-urlencoded":
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "malformed form: %v", err)
		}
		for _, f := range formFields {
			if form.Has(f) {
				return []byte(form.Get(f)), nil
			}
		}
	default:
		return body, nil
	}
	return nil, errorf(http.StatusBadRequest, "the form has none of the fields %s holding the message", strings.Join(formFields, ", "))
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	if err := pipeline.NewEncoder(&b).Encode(v); err != nil {
		status = http.StatusInternalServerError
		b.Reset()
		b.WriteString(`{"error":"encoding the answer"}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", fmt.Sprint(b.Len()))
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
