package charset_test

import (
	"errors"
	"fmt"

	"github.com/cartero/cartero/internal/charset"
)

func ExampleDecode() {
	// Latin-1 labels mean Windows-1252, as in browsers.
	s, err := charset.Decode([]byte("\x93Caf\xe9\x94 \x80 3"), "ISO-8859-1")
	fmt.Println(s, err)

	// Mislabelled UTF-8 mixed with Latin-1 is recovered.
	s, err = charset.Decode([]byte("Jos\xe9 y Jos\xc3\xa9"), "utf-8")
	fmt.Println(s, errors.Is(err, charset.ErrMalformed))

	// An unknown label still gives text, and an error to record.
	s, err = charset.Decode([]byte("Ol\xe1"), "x-klingon")
	fmt.Println(s, err)
	// Output:
	// “Café” € 3 <nil>
	// José y José true
	// Olá charset: unknown charset "x-klingon"
}
