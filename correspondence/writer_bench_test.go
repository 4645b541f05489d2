package correspondence

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// benchReply is a typical answer from an agent: a text and an HTML body
// of about 1 KB each, threaded under a short conversation.
func benchReply() *Message {
	original := &Message{
		ID:         "pedido-4471.r2@correo.example",
		From:       Address{Name: "María Pérez", Address: "maria.perez@correo.example"},
		To:         []Address{{Name: "Soporte Tienda Sol", Address: "soporte@tiendasol.example"}},
		Cc:         []Address{{Name: "Luis Gómez", Address: "luis@correo.example"}},
		Subject:    "RE: Re: ¿Dónde está mi pedido 4471?",
		References: []string{"pedido-4471@correo.example", "a1.4471@tiendasol.example"},
		Language:   "es",
	}
	m := NewReply(original, ReplyOptions{From: Address{Name: "Soporte Tienda Sol", Address: "soporte@tiendasol.example"}, All: true})
	m.ID = "a2.4471@tiendasol.example"
	m.Date = time.Date(2026, 11, 23, 12, 0, 0, 0, time.FixedZone("CET", 3600))
	para := "Hola, María: hemos revisado su pedido 4471 y salió ayer del almacén de Getafe. " +
		"La entrega está prevista para el jueves entre las 9:00 y las 14:00.\n"
	m.Text = strings.Repeat(para, 6)
	m.HTML = "<p>" + strings.ReplaceAll(strings.Repeat(para, 6), "\n", "</p>\n<p>") + "</p>"
	return m
}

func BenchmarkWrite(b *testing.B) {
	m := benchReply()
	w := &Writer{Rand: rand.NewChaCha8([32]byte{})}
	var buf bytes.Buffer
	if err := w.Write(&buf, m); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteAttachment(b *testing.B) {
	data := make([]byte, 1<<20)
	r := rand.NewChaCha8([32]byte{1})
	_, _ = r.Read(data)
	m := benchReply()
	m.Attachments = []*Attachment{NewAttachment("fotografías del paquete dañado.zip", "application/zip", data)}
	w := &Writer{Rand: rand.NewChaCha8([32]byte{})}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}
