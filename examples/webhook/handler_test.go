package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const testSecret = "s3cr3t-for-tests-only"

// testNow is the instant SLA status is computed at in tests: the Friday of
// the testdata's week, 12:00 in Madrid.
var testNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.FixedZone("CET", 3600))

// newTestHandler returns a handler over an in-memory pipeline configured
// by args (flags of the program).
func newTestHandler(t *testing.T, args ...string) *handler {
	t.Helper()
	c, err := parseFlags(args, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	p, closeStore, err := newPipeline(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeStore)
	h := &handler{pipeline: p, maxBytes: c.maxBytes, timeout: c.requestTimeout,
		now: func() time.Time { return testNow }, log: slog.New(slog.DiscardHandler)}
	if c.secret != "" {
		h.secret = []byte(c.secret)
	}
	return h
}

func sign(body []byte, secret string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// multipartBody is a form with the given fields, as providers post them.
func multipartBody(t *testing.T, fields ...string) (body []byte, contentType string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for i := 0; i < len(fields); i += 2 {
		if err := mw.WriteField(fields[i], fields[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), mw.FormDataContentType()
}

// deepMessage is a message nested deeper than the parser allows.
func deepMessage() []byte {
	var b strings.Builder
	b.WriteString("From: a@example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n")
	const depth = 200
	for i := range depth {
		b.WriteString("Content-Type: multipart/mixed; boundary=\"b" + string(rune('A'+i%26)) + strings.Repeat("x", i) + "\"\r\n\r\n")
		b.WriteString("--b" + string(rune('A'+i%26)) + strings.Repeat("x", i) + "\r\n")
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nhello\r\n")
	return []byte(b.String())
}

func TestHandlerStatuses(t *testing.T) {
	msg := readTestdata(t, "01-pedido-4471-retrasado.eml")
	form, formType := multipartBody(t, "to", "soporte@tiendasol.example", "email", string(msg))
	mgForm, mgType := multipartBody(t, "recipient", "soporte@tiendasol.example", "body-mime", string(msg))
	noField, noFieldType := multipartBody(t, "text", "hello")
	urlForm := []byte(url.Values{"raw": {string(msg)}, "charsets": {"{}"}}.Encode())
	big := bytes.Repeat([]byte("x"), 70000)

	tests := []struct {
		name        string
		method      string
		contentType string
		body        []byte
		signature   string // "": signed correctly; "-": no header
		chunked     bool   // no Content-Length
		want        int
		wantErr     string // in the answer's error
	}{
		{"raw rfc822", "POST", "message/rfc822", msg, "", false, 200, ""},
		{"raw text/plain", "POST", "text/plain; charset=utf-8", msg, "", false, 200, ""},
		{"raw octet-stream", "POST", "application/octet-stream", msg, "", true, 200, ""},
		{"multipart email field", "POST", formType, form, "", false, 200, ""},
		{"multipart body-mime field", "POST", mgType, mgForm, "", false, 200, ""},
		{"urlencoded raw field", "POST", "application/x-www-form-urlencoded", urlForm, "", false, 200, ""},
		{"GET", "GET", "", nil, "", false, 405, "method GET"},
		{"PUT", "PUT", "message/rfc822", msg, "", false, 405, "method PUT"},
		{"no signature", "POST", "message/rfc822", msg, "-", false, 401, "missing or malformed"},
		{"malformed signature", "POST", "message/rfc822", msg, "sha256=zz", false, 401, "missing or malformed"},
		{"signature without prefix", "POST", "message/rfc822", msg, strings.TrimPrefix(sign(msg, testSecret), "sha256="), false, 401, "missing or malformed"},
		{"wrong secret", "POST", "message/rfc822", msg, sign(msg, "another secret"), false, 401, "does not match"},
		{"signature of another body", "POST", "message/rfc822", msg, sign(msg[1:], testSecret), false, 401, "does not match"},
		{"no content type", "POST", "", msg, "", false, 415, "Content-Type"},
		{"json", "POST", "application/json", []byte(`{"raw":"x"}`), "", false, 415, "application/json"},
		{"too large", "POST", "message/rfc822", big, "", false, 413, "limit"},
		{"too large, chunked", "POST", "message/rfc822", big, "", true, 413, "limit"},
		{"empty", "POST", "message/rfc822", nil, "", false, 400, "empty"},
		{"blank", "POST", "text/plain", []byte("\r\n \r\n"), "", false, 400, "empty"},
		{"form without message", "POST", noFieldType, noField, "", false, 400, "fields raw, email"},
		{"urlencoded without message", "POST", "application/x-www-form-urlencoded", []byte("a=b"), "", false, 400, "fields raw, email"},
		{"malformed multipart", "POST", "multipart/form-data; boundary=zzz", []byte("--zzz\r\nnot a part"), "", false, 400, "multipart"},
		{"unparsable", "POST", "message/rfc822", deepMessage(), "", false, 422, "correspondence:"},
	}
	h := newTestHandler(t, "-secret", testSecret, "-max-bytes", "65536")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader = bytes.NewReader(tt.body)
			if tt.chunked {
				body = io.MultiReader(body) // hides the length
			}
			req := httptest.NewRequest(tt.method, "/inbound", body)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			switch tt.signature {
			case "":
				req.Header.Set(SignatureHeader, sign(tt.body, testSecret))
			case "-":
			default:
				req.Header.Set(SignatureHeader, tt.signature)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.want, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			var obj map[string]any
			if err := json.Unmarshal(w.Body.Bytes(), &obj); err != nil {
				t.Fatalf("answer is not JSON: %v\n%s", err, w.Body)
			}
			errMsg, _ := obj["error"].(string)
			if tt.wantErr == "" {
				if errMsg != "" {
					t.Errorf("error %q", errMsg)
				}
				if obj["message_id"] != "20261116101233.4471.marta@correo.example.es" || obj["thread"] == "" {
					t.Errorf("record %v", obj)
				}
			} else if !strings.Contains(errMsg, tt.wantErr) {
				t.Errorf("error %q, want it to mention %q", errMsg, tt.wantErr)
			}
			if tt.want == 405 && w.Header().Get("Allow") != "POST" {
				t.Errorf("Allow %q", w.Header().Get("Allow"))
			}
			if w.Header().Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
		})
	}
}

// TestUnsigned checks that -unsigned accepts requests without a
// signature, and that the flags insist on one or the other.
func TestUnsigned(t *testing.T) {
	h := newTestHandler(t, "-unsigned")
	req := httptest.NewRequest("POST", "/inbound", bytes.NewReader(readTestdata(t, "03-vat-invoice-question.eml")))
	req.Header.Set("Content-Type", "message/rfc822")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != 200 {
		t.Errorf("status %d: %s", w.Code, w.Body)
	}
	t.Setenv(secretEnv, "")
	for _, args := range [][]string{nil, {"-secret", "x", "-unsigned"}, {"-unsigned", "-max-bytes", "0"}, {"-unsigned", "extra"}} {
		if _, err := parseFlags(args, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
	t.Setenv(secretEnv, "from the environment")
	if c, err := parseFlags(nil, io.Discard); err != nil || c.secret != "from the environment" {
		t.Errorf("secret from $%s: %v, %v", secretEnv, c, err)
	}
}

// post sends one message to h and decodes the answer.
func post(t *testing.T, h http.Handler, raw []byte) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest("POST", "/inbound", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "message/rfc822")
	req.Header.Set(SignatureHeader, sign(raw, testSecret))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var obj map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &obj); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, w.Body)
	}
	return w.Code, obj
}

// TestConversation posts the testdata in order, then again, to one
// in-memory handler: the reply joins its conversation, complaints and
// inquiries get drafts in the customer's language, and a message posted
// again is a duplicate answered 200.
func TestConversation(t *testing.T) {
	h := newTestHandler(t, "-secret", testSecret, "-agent", "Lucía Romero, Atención al cliente", "-brand", "Tienda Sol")
	files, _ := filepath.Glob("testdata/*.eml")
	slices.Sort(files)
	want := []struct {
		thread, match, locale string
	}{
		{"0001", "new", "es"},
		{"0001", "reference", "es"},
		{"0002", "new", "en"},
		{"0003", "new", "pt"},
	}
	if len(files) != len(want) {
		t.Fatalf("%d testdata messages, want %d", len(files), len(want))
	}
	for round, dup := range []bool{false, true} {
		for i, f := range files {
			status, obj := post(t, h, readTestdata(t, filepath.Base(f)))
			if status != 200 {
				t.Fatalf("%s: status %d: %v", f, status, obj)
			}
			match := want[i].match
			if dup {
				match = "duplicate"
			}
			if obj["thread"] != want[i].thread || obj["match"] != match {
				t.Errorf("round %d %s: thread %v match %v, want %s %s", round, f, obj["thread"], obj["match"], want[i].thread, match)
			}
			d, _ := obj["draft"].(map[string]any)
			if d == nil {
				t.Errorf("%s: no draft (type %v)", f, obj["type"])
				continue
			}
			if l, _ := d["locale"].(string); !strings.HasPrefix(l, want[i].locale) {
				t.Errorf("%s: draft in %v, want %s", f, d["locale"], want[i].locale)
			}
			sla, _ := obj["sla"].(map[string]any)
			if _, ok := sla["first_reply"]; !ok {
				t.Errorf("%s: sla %v", f, obj["sla"])
			}
		}
	}
}

// TestStranger checks that a message the Index does not admit is answered
// 202: read, not filed.
func TestStranger(t *testing.T) {
	h := newTestHandler(t, "-secret", testSecret)
	if status, obj := post(t, h, readTestdata(t, "01-pedido-4471-retrasado.eml")); status != 200 {
		t.Fatalf("status %d: %v", status, obj)
	}
	other := strings.NewReplacer("marta.ibanez@correo.example.es>\r\nTo", "intruso@otro.example>\r\nTo",
		"20261117184002", "20261117184003").Replace(string(readTestdata(t, "02-re-pedido-4471-retrasado.eml")))
	status, obj := post(t, h, []byte(other))
	if status != 202 || obj["verdict"] != "stranger-unauthenticated" || obj["thread"] != "0001" {
		t.Errorf("status %d, verdict %v, thread %v", status, obj["verdict"], obj["thread"])
	}
}
